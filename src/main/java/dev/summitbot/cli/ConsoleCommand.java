package dev.summitbot.cli;

import dev.summitbot.cluster.ClusterMember;
import dev.summitbot.config.ClusterConfig;
import dev.summitbot.health.HealthState;
import dev.summitbot.service.KnowledgeService;
import dev.summitbot.service.ReloadTriggers;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code summitbot console}: an interactive chat with the answer engine. */
@Command(name = "console", mixinStandardHelpOptions = true,
        description = {"An interactive chat: type a question, or a command (/help lists them).",
                "A SIGHUP to the process reloads the knowledge, as /reload does.",
                "With cluster.stateDir (or SUMMITBOT_CLUSTER_STATE_DIR) the console is one process of the cluster:",
                "its /reload reloads every process, and /about lists them all."})
final class ConsoleCommand implements Callable<Integer> {

    @ParentCommand
    SummitBotCommand parent;

    @Mixin
    KnowledgeOption knowledge;

    @Option(names = "--json", description = "One JSON object per input line.")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        CommandContext context = parent.context();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ClusterConfig cluster;
        try {
            cluster = ClusterSettings.effective(context.config().cluster(), System.getenv());
        } catch (IllegalArgumentException e) {
            err.println("summitbot: " + e.getMessage() + " (set by " + ClusterSettings.PROCESS_ID + " or the configuration)");
            return 2;
        }
        Optional<KnowledgeService> opened = knowledge.open(context, spec.commandLine().getErr());
        if (opened.isEmpty()) {
            return 1;
        }
        boolean interactive = System.console() != null && !json;
        try (KnowledgeService service = opened.get()) {
            // The cluster first: a reload the triggers make at once (a SIGHUP held from start-up) reaches the others too.
            Optional<ClusterMember> member;
            try {
                member = context.cluster(cluster, service, "console");
            } catch (IOException e) {
                err.println("summitbot: " + e.getMessage());
                return 1;
            }
            // A console has no gateway: it is healthy while it has knowledge to answer from.
            member.ifPresent(m -> m.healthFrom(() -> new HealthState("NONE", service.loaded(),
                    service.loaded() ? Optional.of(service.version().label()) : Optional.empty())));
            try (ReloadTriggers triggers = ReloadTriggers.install(service, context.config().knowledge(), parent.hangups())) {
                return chat(new ConsoleSession(service, json, member, context.gaps().pruned()), service, interactive, out);
            } finally {
                member.ifPresent(ClusterMember::close);
            }
        }
    }

    private int chat(ConsoleSession session, KnowledgeService service, boolean interactive, PrintWriter out) throws IOException {
        if (interactive) {
            out.println("SummitBot " + SummitBotCommand.version() + ", knowledge " + service.version()
                    + ". Ask a question, or /help.");
        }
        InputLines lines = new InputLines(parent.in());
        while (true) {
            if (interactive) {
                out.print("> ");
                out.flush();
            }
            String line = lines.next();
            if (line == null) {
                return 0;
            }
            ConsoleSession.Reply reply = session.handle(line);
            reply.output().ifPresent(out::println);
            out.flush();
            if (reply.quit()) {
                return 0;
            }
        }
    }
}
