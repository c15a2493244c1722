package dev.summitbot.cli;

import dev.summitbot.config.ConfigLoader;
import dev.summitbot.service.BotInfo;
import dev.summitbot.service.HangupSignal;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code summitbot}: with no command, the Discord bot when a token is set, the console otherwise. */
@Command(
        name = "summitbot",
        mixinStandardHelpOptions = true,
        versionProvider = SummitBotCommand.Version.class,
        description = "Answers questions from the knowledge folder, with cited sources.",
        subcommands = {AskCommand.class, ConsoleCommand.class, DiscordCommand.class, CheckCommand.class, EvalCommand.class, GenerateCommand.class,
                GapsCommand.class,
                CommandLine.HelpCommand.class})
public final class SummitBotCommand implements Runnable {

    @Option(names = "--config", paramLabel = "FILE", scope = CommandLine.ScopeType.INHERIT,
            description = "Configuration file (default: config/summitbot.yaml).")
    Path configFile;

    @Spec
    CommandLine.Model.CommandSpec spec;

    private final InputStream in;
    private final CommandContext.Loader contexts;
    private final Optional<HangupSignal> hangups;

    SummitBotCommand(InputStream in, CommandContext.Loader contexts, Optional<HangupSignal> hangups) {
        this.in = in;
        this.contexts = contexts;
        this.hangups = hangups;
    }

    /**
     * The command line over standard input {@code in}; {@code contexts} builds what commands need once
     * options are parsed; {@code hangups} is the SIGHUP handler installed when the process started, if it was.
     */
    public static CommandLine commandLine(InputStream in, CommandContext.Loader contexts, Optional<HangupSignal> hangups) {
        CommandLine cli = new CommandLine(new SummitBotCommand(in, contexts, hangups));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("summitbot: " + e.getMessage());
            return 1;
        });
        return cli;
    }

    InputStream in() {
        return in;
    }

    Optional<HangupSignal> hangups() {
        return hangups;
    }

    /** What the commands of this run need, or an {@link CommandLine.ExecutionException} naming the bad config. */
    CommandContext context() {
        try {
            return contexts.load(Optional.ofNullable(configFile));
        } catch (ConfigLoader.ConfigException e) {
            throw new CommandLine.ExecutionException(spec.commandLine(), "bad configuration: " + e.getMessage());
        }
    }

    @Override
    public void run() {
        String token = System.getenv("DISCORD_TOKEN");
        String command = token != null && !token.isBlank() ? "discord" : "console";
        CommandLine sub = spec.commandLine().getSubcommands().get(command);
        if (sub == null) {
            sub = spec.commandLine().getSubcommands().get("console");
        }
        int code = sub.execute();
        if (code != 0) {
            throw new CommandLine.ExecutionException(spec.commandLine(), command + " exited with " + code);
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"SummitBot " + version()};
        }
    }

    static String version() {
        return BotInfo.version();
    }
}
