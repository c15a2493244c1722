package dev.summitbot.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --knowledge DIR}, shared by every command that answers. */
final class KnowledgeOption {

    @Option(names = "--knowledge", paramLabel = "DIR", description = "Knowledge folder (default: knowledge/, or as configured).")
    Path folder;

    Optional<Path> override() {
        return Optional.ofNullable(folder);
    }
}
