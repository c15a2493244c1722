package dev.summitbot;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A command line that runs a class of this test run in a new JVM: the same java, the same class path. */
public final class TestJvm {

    private TestJvm() {}

    /** {@code java <options> -cp <this class path> <mainClass> <args>}. */
    public static List<String> command(List<String> options, String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        return command;
    }
}
