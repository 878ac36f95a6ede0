package dev.agenda.app;

import dev.agenda.core.page.PageFileName;
import dev.agenda.core.render.PageRenderer;
import dev.agenda.core.series.ActionState;
import dev.agenda.core.series.ActionStates;
import dev.agenda.core.series.NextMeeting;
import dev.agenda.core.sync.SyncRecord;
import dev.agenda.core.sync.SyncStateException;
import dev.agenda.core.tracker.Issue;
import dev.agenda.core.tracker.Result;
import dev.agenda.jdbc.JdbcDatabase;
import dev.agenda.jdbc.JdbcSyncStateStore;
import dev.agenda.jira.JiraClientSettings;
import dev.agenda.jira.JiraConnector;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code agenda next}: writes the next meeting's page beside the last one ({@link NextMeeting}): the same agendas on
 * the new date with the notes emptied, and the actions still open carried over. Which are open: with {@code --jira},
 * Jira's answer for each action's issue, asked in one batched look-up; without it, the state's records and the page's
 * ticks. A page already there for the date is never overwritten: the command says where it is and exits 1.
 */
@Command(
        name = "next",
        mixinStandardHelpOptions = true,
        description = {
            "Writes the next meeting's page: the same agendas on the new date, notes emptied, open actions carried.",
            "With --jira, Jira decides which actions are open (credentials from the environment, as for sync)."
        })
final class NextCommand implements Callable<Integer> {

    @Mixin
    PageOptions pageOptions;

    @Mixin
    StateOptions stateOptions;

    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "The next meeting's date.")
    String date;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "Where to write the new page. Default: beside the page, named from the new title.")
    @Nullable
    Path out;

    @Option(
            names = "--title",
            paramLabel = "TITLE",
            description =
                    "The page's title, whose date becomes the new one. Default: the page's first heading, else the"
                            + " file name without .xml.")
    @Nullable
    String title;

    @Option(
            names = "--page-url",
            paramLabel = "URL",
            description = "The page's address, which the new page and each carried task link to. Default: its file:"
                    + " URL.")
    @Nullable
    String pageUrl;

    @Option(
            names = "--jira",
            paramLabel = "URL",
            converter = JiraUrlConverter.class,
            description = "Ask this Jira whether each action's issue is done (one batched look-up), without"
                    + " credentials in the URL. Default: the state's records and the page's ticks decide.")
    @Nullable
    URI jira;

    @Option(
            names = "--jira-timeout",
            paramLabel = "SECONDS",
            defaultValue = "30",
            description = "How long to wait for Jira's answer. Default: ${DEFAULT-VALUE} s.")
    int jiraTimeoutSeconds;

    @Spec
    CommandSpec spec;

    private final ZoneId serverZone;
    private final Map<String, String> environment;
    private final JiraClientSettings jiraSettings;

    NextCommand(ZoneId serverZone, Map<String, String> environment, JiraClientSettings jiraSettings) {
        this.serverZone = serverZone;
        this.environment = environment;
        this.jiraSettings = jiraSettings;
    }

    @Override
    public Integer call() throws UsageException {
        LocalDate day = date(date);
        if (pageOptions.page == null) {
            throw new UsageException("name the page to start from: agenda next PAGE.xml --date YYYY-MM-DD");
        }
        PageOptions.LoadedPage loaded = pageOptions.load(serverZone);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Map<String, SyncRecord> records = records(loaded.page().pageId());
        Map<String, Result<Issue>> answers = Map.of();
        List<String> keys = ActionStates.keysToAsk(loaded.page(), records);
        if (jira != null && !keys.isEmpty()) {
            Result<JiraConnector.Connection> connection =
                    JiraConnector.connect(JiraOptions.transport(jira, jiraTimeoutSeconds, environment), jiraSettings);
            if (connection instanceof Result.Failed<JiraConnector.Connection> failed) {
                err.println(TerminalText.safe("agenda: " + failed.error().message() + "; nothing was written"));
                return AgendaCli.FAILURE;
            }
            answers = connection.value().tracker().issuesByKey(keys, List.of());
        }
        Map<String, ActionState> states = ActionStates.of(loaded.page(), records, answers);
        String previousTitle = title != null
                ? title
                : PageRenderer.titleOf(loaded.page(), loaded.name().replaceFirst("\\.xml$", ""));
        NextMeeting.NewPage page =
                NextMeeting.of(loaded.page(), previousTitle, pageUrl != null ? pageUrl : loaded.url(), states, day);
        Path target = out != null
                ? out
                : pageOptions.page.resolveSibling(
                        PageFileName.stemOf(page.title()).orElse("next-meeting") + ".xml");
        try {
            Files.writeString(target, page.storage(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException exists) {
            err.println(TerminalText.safe("agenda: the page for " + day + " exists: " + target));
            return AgendaCli.FAILURE;
        } catch (IOException e) {
            throw new UsageException("cannot write " + target + ": " + e.getMessage());
        }
        stdout.println(TerminalText.safe(
                "wrote " + target + " (" + page.title() + "), " + page.carried().size() + " open "
                        + (page.carried().size() == 1 ? "action" : "actions") + " carried from " + previousTitle));
        page.carried()
                .forEach(carried -> stdout.println(TerminalText.safe(
                        String.format("  %-10s %s", carried.issueKey().orElse("-"), carried.text()))));
        stdout.flush();
        return 0;
    }

    private Map<String, SyncRecord> records(String pageId) throws UsageException {
        if (!stateOptions.present()) {
            return Map.of();
        }
        try (JdbcDatabase database = stateOptions.open("agenda next")) {
            return new JdbcSyncStateStore(database).records(pageId);
        } catch (SyncStateException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static LocalDate date(String written) throws UsageException {
        try {
            return LocalDate.parse(written.strip());
        } catch (DateTimeParseException e) {
            throw new UsageException("--date '" + written
                    + "' is not a date: write the next meeting's day as YYYY-MM-DD, e.g. 2017-11-27");
        }
    }
}
