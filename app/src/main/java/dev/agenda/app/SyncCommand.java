package dev.agenda.app;

import dev.agenda.core.sync.Lock;
import dev.agenda.core.sync.SyncStateException;
import dev.agenda.core.tracker.Result;
import dev.agenda.jdbc.JdbcDatabase;
import dev.agenda.jdbc.JdbcLock;
import dev.agenda.jdbc.JdbcSyncStateStore;
import dev.agenda.jira.JiraClientSettings;
import dev.agenda.jira.JiraConnector;
import dev.agenda.sync.ActionOutcome;
import dev.agenda.sync.ActionSync;
import dev.agenda.sync.SyncProgress;
import dev.agenda.sync.SyncReport;
import dev.agenda.sync.SyncSettings;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code agenda sync}: makes Jira match the page's actions — one issue per action, created in bulk or linked,
 * completion both ways, page edits pushed, conflicts reported. Prints one line per action and, last,
 * {@code created N, linked N, updated N, transitioned N, unchanged N, failed N}. Exit 0 only when everything is in
 * sync. The whole command is one run of the Jira client: from asking Jira what it is to the last follow-up, requests
 * share the run's patience ({@code --jira-patience}) with a Jira that fails or limits the rate. Every line is printed
 * through {@link TerminalText}, so what Jira says cannot drive the terminal.
 */
@Command(
        name = "sync",
        mixinStandardHelpOptions = true,
        description = {
            "Syncs the page's actions with Jira: one issue per action, exactly once.",
            "Credentials from the environment: JIRA_TOKEN (Data Center personal access token), or JIRA_EMAIL and"
                    + " JIRA_TOKEN (Cloud API token)."
        })
final class SyncCommand implements Callable<Integer> {

    @Mixin
    PageOptions pageOptions;

    @Mixin
    JiraOptions jiraOptions;

    @Mixin
    StateOptions stateOptions;

    @Option(
            names = "--project",
            paramLabel = "KEY",
            description = "The Jira project for actions whose agenda names none.")
    @Nullable
    String project;

    @Option(
            names = "--page-url",
            paramLabel = "URL",
            description = "The page's address, linked from every issue. Default: the file's file: URL.")
    @Nullable
    String pageUrl;

    @Option(names = "--dry-run", description = "Print what the sync would do; change nothing in Jira or the state.")
    boolean dryRun;

    @Spec
    CommandSpec spec;

    private final Clock clock;
    private final ZoneId serverZone;
    private final Map<String, String> environment;
    private final JiraClientSettings jiraSettings;

    SyncCommand(Clock clock, ZoneId serverZone, Map<String, String> environment, JiraClientSettings jiraSettings) {
        this.clock = clock;
        this.serverZone = serverZone;
        this.environment = environment;
        this.jiraSettings = jiraSettings;
    }

    @Override
    public Integer call() throws UsageException {
        PageOptions.LoadedPage loaded = pageOptions.load(serverZone);
        Result<JiraConnector.Connection> connection =
                JiraConnector.startRun(jiraOptions.transport(environment), jiraOptions.settings(jiraSettings));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (connection instanceof Result.Failed<JiraConnector.Connection> failed) {
            err.println(TerminalText.safe("agenda: " + failed.error().message()));
            return AgendaCli.FAILURE;
        }
        SyncSettings settings = new SyncSettings(
                Optional.ofNullable(project),
                loaded.name(),
                pageUrl != null ? pageUrl : loaded.url(),
                Duration.ofSeconds(30),
                SyncSettings.DEFAULT_PARALLELISM);
        SyncReport report;
        try (JdbcDatabase database = stateOptions.open("agenda sync")) {
            Lock lock = new JdbcLock(database, clock);
            ActionSync sync =
                    new ActionSync(connection.value().tracker(), new JdbcSyncStateStore(database), lock, clock);
            report = sync.sync(loaded.page(), settings, dryRun, progress(err));
        } catch (SyncStateException e) {
            err.println(TerminalText.safe("agenda: " + e.getMessage()));
            return AgendaCli.FAILURE;
        }
        if (report.abort().isPresent()) {
            String hint = report.credentialsRefused() ? " (" + JiraOptions.credentialsHint() + ")" : "";
            err.println(TerminalText.safe("agenda: " + report.abort().get() + hint));
            err.flush();
            return AgendaCli.FAILURE;
        }
        report.outcomes().forEach(outcome -> print(out, outcome));
        // A task removed from the page keeps its issue; the page (agenda serve, Confluence) offers to leave or close
        // it.
        report.removed().forEach(removed -> out.println(TerminalText.safe("removed    " + removed.message())));
        out.println(report.summaryLine());
        out.flush();
        return report.inSync() ? 0 : AgendaCli.FAILURE;
    }

    private static void print(PrintWriter out, ActionOutcome outcome) {
        String what = outcome.steps().isEmpty()
                ? (outcome.failed() ? "failed" : "unchanged")
                : outcome.steps().stream()
                        .map(step -> step.name().toLowerCase(java.util.Locale.ROOT))
                        .collect(Collectors.joining(", "));
        out.println(TerminalText.safe(String.format(
                "%-10s %-26s %s", outcome.issueKey().orElse("-"), what, shortened(TerminalText.safe(outcome.text())))));
        outcome.problem().ifPresent(problem -> out.println(TerminalText.safe("           problem: " + problem)));
        outcome.conflicts().forEach(conflict -> out.println(TerminalText.safe("           conflict: " + conflict)));
    }

    private static String shortened(String text) {
        return text.length() <= 70 ? text : text.substring(0, 69) + "…";
    }

    /** A progress bar on a terminal; nothing when the output is a file or a pipe. */
    private static SyncProgress progress(PrintWriter err) {
        if (!AgendaCli.onATerminal()) {
            return SyncProgress.none();
        }
        return (done, total, actionId) -> {
            int width = 30;
            int filled = total == 0 ? width : done * width / total;
            err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total
                    + (done == total ? "\r" + " ".repeat(width + 20) + "\r" : ""));
            err.flush();
        };
    }
}
