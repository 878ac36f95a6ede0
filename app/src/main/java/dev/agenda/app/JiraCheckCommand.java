package dev.agenda.app;

import dev.agenda.core.tracker.IssueType;
import dev.agenda.core.tracker.Project;
import dev.agenda.core.tracker.Result;
import dev.agenda.core.tracker.ServerInfo;
import dev.agenda.core.tracker.TrackerError;
import dev.agenda.core.tracker.TrackerUser;
import dev.agenda.jira.JiraClientSettings;
import dev.agenda.jira.JiraConnector;
import dev.agenda.jira.JiraRestIssueTracker;
import java.io.PrintWriter;
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
 * {@code agenda jira-check}: connects to Jira as the environment's credentials say and reports what it found — which
 * Jira, which user, and (with {@code --project}) the project and its issue types — so that a connection can be
 * proven before anything is synced. Exit 0 when everything asked for was found, 1 when Jira said no or was away. What
 * Jira says is printed through {@link TerminalText}, so it cannot drive the terminal.
 */
@Command(
        name = "jira-check",
        mixinStandardHelpOptions = true,
        description = {
            "Connects to Jira and reports the Jira, the user and the project it finds.",
            "Credentials from the environment: JIRA_TOKEN (Data Center personal access token), or JIRA_EMAIL and"
                    + " JIRA_TOKEN (Cloud API token)."
        })
final class JiraCheckCommand implements Callable<Integer> {

    @Mixin
    JiraOptions jiraOptions;

    @Option(names = "--project", paramLabel = "KEY", description = "A Jira project to look up, e.g. DM.")
    @Nullable
    String project;

    @Spec
    CommandSpec spec;

    private final Map<String, String> environment;
    private final JiraClientSettings settings;

    JiraCheckCommand(Map<String, String> environment, JiraClientSettings settings) {
        this.environment = environment;
        this.settings = settings;
    }

    @Override
    public Integer call() throws UsageException {
        PrintWriter out = spec.commandLine().getOut();
        Result<JiraConnector.Connection> connection =
                JiraConnector.startRun(jiraOptions.transport(environment), jiraOptions.settings(settings));
        if (connection instanceof Result.Failed<JiraConnector.Connection> failed) {
            return failure(failed.error());
        }
        ServerInfo info = connection.value().serverInfo();
        out.println(TerminalText.safe(
                deploymentName(info) + " " + info.version() + " at " + jiraOptions.jira + " (" + info.title() + ")"));
        JiraRestIssueTracker jira = connection.value().tracker();
        Result<TrackerUser> myself = jira.myself();
        if (myself instanceof Result.Failed<TrackerUser> failed) {
            return failure(failed.error());
        }
        out.println(TerminalText.safe("Signed in as " + myself.value().displayName() + " ("
                + myself.value().id() + ")"));
        if (project != null) {
            Result<Project> found = jira.project(project);
            if (found instanceof Result.Failed<Project> failed) {
                return failure(failed.error());
            }
            Result<List<IssueType>> types = jira.issueTypes(project);
            out.println(TerminalText.safe("Project " + found.value().key() + " ("
                    + found.value().name()
                    + "): issue types "
                    + types.map(list -> String.join(
                                    ", ", list.stream().map(IssueType::name).toList()))
                            .toOptional()
                            .orElseGet(() ->
                                    "unknown — " + types.failure().orElseThrow().message())));
        }
        out.flush();
        return 0;
    }

    private int failure(TrackerError error) {
        PrintWriter err = spec.commandLine().getErr();
        String hint =
                error.kind() == TrackerError.Kind.NOT_AUTHENTICATED ? " (" + JiraOptions.credentialsHint() + ")" : "";
        err.println(TerminalText.safe("agenda: " + error.message() + hint));
        err.flush();
        return AgendaCli.FAILURE;
    }

    private static String deploymentName(ServerInfo info) {
        return switch (info.deployment()) {
            case CLOUD -> "Jira Cloud";
            case DATA_CENTER -> "Jira Data Center";
            case SERVER -> "Jira Server";
        };
    }
}
