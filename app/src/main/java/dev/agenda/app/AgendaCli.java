package dev.agenda.app;

import dev.agenda.jira.JiraClientSettings;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IFactory;

/**
 * The {@code agenda} command line. Every failure the user can fix prints one line on stderr — what is wrong and
 * where — and exits with 2; no stack trace. An unexpected failure prints one line too and exits with 1 (set
 * AGENDA_DEBUG=1 to see the stack trace).
 */
@Command(
        name = "agenda",
        mixinStandardHelpOptions = true,
        version = "agenda 0.1.0",
        description = "Meeting agendas and action items from Confluence pages.",
        subcommands = {
            RenderCommand.class,
            ActionsCommand.class,
            SyncCommand.class,
            JiraCheckCommand.class,
            ServeCommand.class,
            IcsCommand.class,
            RegisterCommand.class,
            NextCommand.class
        })
public final class AgendaCli {

    static final int USAGE_ERROR = 2;
    static final int FAILURE = 1;

    private AgendaCli() {}

    private static final String LOG_FORMAT = "java.util.logging.SimpleFormatter.format";

    public static void main(String[] args) {
        // One line per log record, read before the first logger exists: level, logger, message, cause.
        if (System.getProperty(LOG_FORMAT) == null) {
            System.setProperty(LOG_FORMAT, "%4$s %3$s: %5$s%6$s%n");
        }
        System.exit(commandLine(
                        Clock.system(ZoneId.systemDefault()),
                        ZoneId.systemDefault(),
                        System.getenv(),
                        JiraClientSettings.defaults(),
                        "1".equals(System.getenv("AGENDA_DEBUG")))
                .execute(args));
    }

    /**
     * The command line, with the clock and server timezone the commands use, the environment they read credentials
     * from, and how the Jira client waits and retries.
     */
    static CommandLine commandLine(
            Clock clock,
            ZoneId serverZone,
            Map<String, String> environment,
            JiraClientSettings jiraSettings,
            boolean debug) {
        return commandLine(clock, serverZone, environment, jiraSettings, debug, new CountDownLatch(1));
    }

    /** The same, with a latch that stops {@code serve} when counted down (the real command stops on Ctrl-C). */
    static CommandLine commandLine(
            Clock clock,
            ZoneId serverZone,
            Map<String, String> environment,
            JiraClientSettings jiraSettings,
            boolean debug,
            CountDownLatch serveStop) {
        CommandLine commandLine =
                new CommandLine(new AgendaCli(), factory(clock, serverZone, environment, jiraSettings, serveStop));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler((exception, args) -> {
            PrintWriter err = exception.getCommandLine().getErr();
            err.println("agenda: " + exception.getMessage() + " (see 'agenda "
                    + subcommandPath(exception.getCommandLine()) + "--help')");
            return USAGE_ERROR;
        });
        commandLine.setExecutionExceptionHandler((exception, failedCommand, parseResult) -> {
            PrintWriter err = failedCommand.getErr();
            if (exception instanceof UsageException) {
                err.println("agenda: " + exception.getMessage());
                return USAGE_ERROR;
            }
            err.println("agenda: unexpected failure: " + exception);
            if (debug) {
                exception.printStackTrace(err);
            }
            return FAILURE;
        });
        return commandLine;
    }

    private static String subcommandPath(CommandLine commandLine) {
        return commandLine.getParent() == null ? "" : commandLine.getCommandName() + " ";
    }

    private static IFactory factory(
            Clock clock,
            ZoneId serverZone,
            Map<String, String> environment,
            JiraClientSettings jiraSettings,
            CountDownLatch serveStop) {
        IFactory defaults = CommandLine.defaultFactory();
        return new IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == RenderCommand.class) {
                    return type.cast(new RenderCommand(clock, serverZone));
                }
                if (type == RegisterCommand.class) {
                    return type.cast(new RegisterCommand(clock, serverZone));
                }
                if (type == ActionsCommand.class) {
                    return type.cast(new ActionsCommand(serverZone));
                }
                if (type == SyncCommand.class) {
                    return type.cast(new SyncCommand(clock, serverZone, environment, jiraSettings));
                }
                if (type == ServeCommand.class) {
                    return type.cast(new ServeCommand(clock, serverZone, environment, jiraSettings, serveStop));
                }
                if (type == IcsCommand.class) {
                    return type.cast(new IcsCommand(clock, serverZone));
                }
                if (type == NextCommand.class) {
                    return type.cast(new NextCommand(serverZone, environment, jiraSettings));
                }
                if (type == JiraCheckCommand.class) {
                    return type.cast(new JiraCheckCommand(environment, jiraSettings));
                }
                return defaults.create(type);
            }
        };
    }

    /**
     * Whether standard output is an interactive terminal. On the JDKs the build runs on (17 to 21) that is exactly
     * when {@link System#console()} answers; from JDK 22 it answers everywhere and {@code Console.isTerminal()} says.
     */
    @SuppressWarnings("SystemConsoleNull")
    static boolean onATerminal() {
        return System.console() != null;
    }
}
