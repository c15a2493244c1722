package dev.summitbot.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs the JMH benchmarks (any JMH command line works: a name filter, {@code -p knowledge=100k},
 * {@code -f}, {@code -prof}), then prints one summary: answer latency against the bare Lucene
 * floor and their ratio, throughput per thread count, build times, and, when the build benchmark
 * ran, the memory and reload figures of {@link Footprint} measured in a fresh JVM per knowledge.
 */
public final class BenchmarksMain {

    private static final Set<String> JMH_ONLY = Set.of("-h", "-l", "-lp", "-lprof", "-lrf", "-help", "--help");

    private BenchmarksMain() {}

    public static void main(String[] args) throws Exception {
        if (List.of(args).stream().anyMatch(JMH_ONLY::contains)) {
            org.openjdk.jmh.Main.main(args);
            return;
        }
        Collection<RunResult> results = new Runner(new CommandLineOptions(args)).run();
        Map<String, Double> figures = new TreeMap<>();
        Set<String> knowledges = new TreeSet<>();
        boolean buildRan = false;
        for (RunResult r : results) {
            String benchmark = r.getParams().getBenchmark();
            String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            String knowledge = r.getParams().getParam("knowledge");
            knowledges.add(knowledge);
            buildRan |= benchmark.contains("BuildBenchmark");
            var statistics = r.getPrimaryResult().getStatistics();
            figures.put(knowledge + "|" + method + "|score", r.getPrimaryResult().getScore());
            figures.put(knowledge + "|" + method + "|p50", statistics.getPercentile(50));
            figures.put(knowledge + "|" + method + "|p99", statistics.getPercentile(99));
        }
        System.out.println();
        System.out.println("SummitBot benchmark summary");
        for (String k : knowledges) {
            summary(k, figures);
        }
        if (buildRan) {
            for (String k : knowledges) {
                footprint(k);
            }
        }
    }

    private static void summary(String k, Map<String, Double> f) {
        System.out.printf(Locale.ROOT, "%n== knowledge: %s ==%n", k);
        Double full = f.get(k + "|fullAnswer|p50");
        Double bare = f.get(k + "|bareLucene|p50");
        if (full != null) {
            System.out.printf(Locale.ROOT, "full answer  p50 %9.1f us  p99 %9.1f us%n", full, f.get(k + "|fullAnswer|p99"));
        }
        if (bare != null) {
            System.out.printf(Locale.ROOT, "bare Lucene  p50 %9.1f us  p99 %9.1f us%n", bare, f.get(k + "|bareLucene|p99"));
        }
        Double two = f.get(k + "|twoFieldLucene|p50");
        if (two != null) {
            System.out.printf(Locale.ROOT, "two-field    p50 %9.1f us  p99 %9.1f us (the answer query's shape alone)%n",
                    two, f.get(k + "|twoFieldLucene|p99"));
        }
        if (full != null && bare != null && bare > 0) {
            System.out.printf(Locale.ROOT, "ratio full / bare at p50: %.2fx (target: within 3x)%n", full / bare);
        }
        if (full != null && two != null && two > 0) {
            System.out.printf(Locale.ROOT, "ratio full / two-field at p50: %.2fx%n", full / two);
        }
        for (String t : List.of("01", "02", "08", "32")) {
            Double ops = f.get(k + "|threads" + t + "|score");
            if (ops != null) {
                System.out.printf(Locale.ROOT, "throughput %2d threads: %,10.0f questions/s%n", Integer.parseInt(t), ops);
            }
        }
        for (String m : List.of("loadAndBuild", "buildIndex")) {
            Double ms = f.get(k + "|" + m + "|score");
            if (ms != null) {
                System.out.printf(Locale.ROOT, "%-13s %9.1f ms (mean of single shots)%n", m, ms);
            }
        }
    }

    /** Runs {@link Footprint} in a new JVM with default flags, as the launcher would start the bot. */
    private static void footprint(String knowledge) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path")));
        String home = System.getProperty("summitbot.home");
        if (home != null) {
            command.add("-Dsummitbot.home=" + home);
        }
        command.addAll(List.of(Footprint.class.getName(), knowledge));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            out.lines().forEach(System.out::println);
        }
        if (process.waitFor() != 0) {
            System.out.println("footprint of " + knowledge + " failed with exit code " + process.exitValue());
        }
    }
}
