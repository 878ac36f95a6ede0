package dev.agenda.app;

import dev.agenda.core.sync.SyncStateException;
import dev.agenda.jdbc.PrivateDirectory;
import dev.agenda.jira.JiraClientSettings;
import dev.agenda.jira.transport.JiraTransport;
import dev.agenda.preview.JiraChoice;
import dev.agenda.preview.PreviewException;
import dev.agenda.preview.PreviewHost;
import dev.agenda.preview.PreviewSettings;
import dev.agenda.preview.Viewers;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code agenda serve}: the preview host — the Confluence plugin's own macro and REST resources on a local web server,
 * with pages from a directory, state in H2 (or PostgreSQL), and no Jira, the demo Jira, or a real one. Runs until
 * stopped (Ctrl-C); exit 2 when it cannot start, with the reason.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Serves meeting pages with the agenda macro, live Jira statuses, Sync and tickable tasks at "
                    + "http://localhost:8090 (the plugin's own classes, outside Confluence).",
            "Credentials for --jira from the environment: JIRA_TOKEN (Data Center personal access token), or "
                    + "JIRA_EMAIL and JIRA_TOKEN (Cloud API token)."
        })
final class ServeCommand implements Callable<Integer> {

    /** Jersey and Grizzly report their start-up at INFO and optional features at WARNING; only failures matter here. */
    private static final Logger SERVER_LOGS = Logger.getLogger("org.glassfish");

    private static final String DEFAULT_USER = "womullane";

    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]*");

    @Option(
            names = "--pages",
            paramLabel = "DIR",
            description = "Pages to serve: *.xml files in storage format, and an optional users.csv. Ticks are "
                    + "written back to these files. Default: DATA/pages, holding a copy of the bundled example.")
    @Nullable
    Path pages;

    @Option(
            names = "--port",
            paramLabel = "PORT",
            defaultValue = "8090",
            description = "The port on localhost. Default: ${DEFAULT-VALUE}; 0 picks a free one.")
    int port;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            defaultValue = StateOptions.DEFAULT_DIRECTORY,
            description = "Where the embedded H2 database (sync state, locks) lives, made private to you; one process "
                    + "at a time may use it. Default: ./${DEFAULT-VALUE}.")
    Path data;

    @Option(
            names = "--db",
            paramLabel = "JDBC-URL",
            description = "A jdbc:postgresql:// URL for the state instead of H2; several serve processes on one "
                    + "database act as one cluster.")
    @Nullable
    String database;

    @Option(
            names = "--jira",
            paramLabel = "URL",
            converter = JiraUrlConverter.class,
            description = "A real Jira's base URL, without credentials (they come from the environment).")
    @Nullable
    URI jira;

    @Option(
            names = "--jira-timeout",
            paramLabel = "SECONDS",
            defaultValue = "30",
            description = "How long to wait for each Jira answer. Default: ${DEFAULT-VALUE} s.")
    int jiraTimeoutSeconds;

    @Option(
            names = "--jira-patience",
            paramLabel = "SECONDS|DURATION",
            description = "How long each sync keeps trying while Jira fails or limits the rate: seconds (300) or a"
                    + " duration (90s, 5m, 1m30s, PT2M). Default: 3 min. A page's status look-up keeps its own 2 s.")
    @Nullable
    String jiraPatience;

    @Option(
            names = "--demo-jira",
            description = "Run the demo Jira (in memory, in this process), labelled \"demo Jira\" on every page.")
    boolean demoJira;

    @Option(
            names = "--demo-jira-latency",
            paramLabel = "MILLISECONDS",
            defaultValue = "0",
            description = "With --demo-jira: how long the demo Jira takes to answer each request, to see the page with "
                    + "a slow Jira. Default: ${DEFAULT-VALUE}.")
    int demoJiraLatencyMillis;

    @Option(
            names = "--project",
            paramLabel = "KEY",
            description = "The Jira project for actions whose agenda names none (as sync --project). Without it, "
                    + "such actions are not synced and the page says how to give them a project.")
    @Nullable
    String project;

    @Option(
            names = "--user",
            paramLabel = "USERNAME",
            description = "Who you are in the preview, when nobody signs in: a username of the pages' users.csv. "
                    + "Default: " + DEFAULT_USER + ".")
    @Nullable
    String user;

    @Option(
            names = "--sign-in",
            paramLabel = "USERNAME",
            split = ",",
            description = {
                "Several people share this preview, each signing in with their own link (printed at start) "
                        + "and seeing Jira as themselves: usernames of the pages' users.csv, comma-separated.",
                "With --jira, each one's token comes from JIRA_TOKEN_<USERNAME> (and JIRA_EMAIL_<USERNAME> on "
                        + "Cloud), e.g. JIRA_TOKEN_WOMULLANE."
            })
    @Nullable
    List<String> signIn;

    @Spec
    CommandSpec spec;

    private final Clock clock;
    private final ZoneId serverZone;
    private final Map<String, String> environment;
    private final JiraClientSettings jiraSettings;
    private final CountDownLatch stopped;

    /** @param stopped counted down to stop the host; the real command line never counts it down (Ctrl-C stops it) */
    ServeCommand(
            Clock clock,
            ZoneId serverZone,
            Map<String, String> environment,
            JiraClientSettings jiraSettings,
            CountDownLatch stopped) {
        this.clock = clock;
        this.serverZone = serverZone;
        this.environment = environment;
        this.jiraSettings = jiraSettings;
        this.stopped = stopped;
    }

    @Override
    public Integer call() throws UsageException, InterruptedException {
        if (jira != null && demoJira) {
            throw new UsageException("--jira and --demo-jira cannot be used together: choose a real or the demo Jira");
        }
        if (demoJiraLatencyMillis < 0 || (demoJiraLatencyMillis > 0 && !demoJira)) {
            throw new UsageException("--demo-jira-latency takes milliseconds (0 or more) and goes with --demo-jira");
        }
        Viewers viewers = viewers();
        URI remote = jira;
        JiraChoice choice = demoJira
                ? new JiraChoice.Demo(Duration.ofMillis(demoJiraLatencyMillis))
                : remote == null
                        ? new JiraChoice.None()
                        : new JiraChoice.Remote(
                                transports(remote, viewers), remote.toString().replaceAll("/+$", ""));
        Path pageDirectory = pages == null ? bundledPages() : pages;
        PreviewSettings settings = new PreviewSettings(
                pageDirectory,
                port,
                data,
                Optional.ofNullable(database),
                choice,
                viewers,
                clock,
                serverZone,
                jiraPatience == null ? jiraSettings : jiraSettings.withRunPatience(JiraOptions.patience(jiraPatience)),
                defaultProject());
        PrintWriter out = spec.commandLine().getOut();
        SERVER_LOGS.setLevel(Level.SEVERE);
        PreviewHost host;
        try {
            host = PreviewHost.start(settings);
        } catch (PreviewException e) {
            throw new UsageException(e.getMessage());
        }
        Thread stopper = new Thread(host::close, "agenda-serve-stop");
        Runtime.getRuntime().addShutdownHook(stopper);
        String address = "http://localhost:" + host.baseUrl().getPort() + "/";
        out.println("agenda preview: " + address + " (pages from " + pageDirectory + ", " + describe(choice)
                + "); Ctrl-C stops it");
        if (viewers.signIn()) {
            out.println("Sign-in links, one per person (give each person only their own; they change at each start):");
            host.signInLinks()
                    .forEach((username, link) ->
                            out.println("  " + username + ": " + address.replaceAll("/$", "") + link));
        }
        out.flush();
        try {
            stopped.await();
        } finally {
            host.close();
            Runtime.getRuntime().removeShutdownHook(stopper);
        }
        return 0;
    }

    private Optional<String> defaultProject() throws UsageException {
        if (project == null) {
            return Optional.empty();
        }
        String key = project.strip();
        if (!PROJECT_KEY.matcher(key).matches()) {
            throw new UsageException("--project takes a Jira project key such as DM (capital letters, digits and _, "
                    + "starting with a letter), not \"" + project + "\"");
        }
        return Optional.of(key);
    }

    private Viewers viewers() throws UsageException {
        if (signIn == null) {
            return Viewers.only(user == null ? DEFAULT_USER : user);
        }
        if (user != null) {
            throw new UsageException("--user and --sign-in cannot be used together: --user is the one user of a "
                    + "preview nobody signs in to");
        }
        try {
            return Viewers.signingIn(signIn.stream().map(String::strip).toList());
        } catch (IllegalArgumentException e) {
            throw new UsageException("--sign-in: " + e.getMessage());
        }
    }

    /** Each user's own way to the real Jira: the one user's JIRA_TOKEN, or each signing-in user's own token. */
    private Map<String, JiraTransport> transports(URI jira, Viewers viewers) throws UsageException {
        if (!viewers.signIn()) {
            return Map.of(viewers.usernames().get(0), JiraOptions.transport(jira, jiraTimeoutSeconds, environment));
        }
        Map<String, JiraTransport> transports = new LinkedHashMap<>();
        Map<String, String> userByVariable = new LinkedHashMap<>();
        for (String username : viewers.usernames()) {
            String other = userByVariable.put(JiraOptions.variableSuffix(username), username);
            if (other != null) {
                throw new UsageException("--sign-in: " + other + " and " + username + " would share the variable "
                        + JiraOptions.TOKEN_VARIABLE + "_" + JiraOptions.variableSuffix(username));
            }
            transports.put(
                    username,
                    JiraOptions.transport(jira, jiraTimeoutSeconds, JiraOptions.credentialsOf(username, environment)));
        }
        return transports;
    }

    private static String describe(JiraChoice choice) {
        if (choice instanceof JiraChoice.Demo) {
            return "demo Jira";
        }
        return choice instanceof JiraChoice.Remote remote ? "Jira at " + remote.browseBase() : "no Jira";
    }

    /**
     * DATA/pages, made with a copy of the bundled example the first time, so ticks have a file to go to. DATA is made
     * (or tightened) first to be the user's alone, as the database in it will be.
     */
    private Path bundledPages() throws UsageException {
        Path directory = data.resolve("pages");
        try {
            PrivateDirectory.prepare(data);
        } catch (SyncStateException e) {
            throw new UsageException(e.getMessage());
        }
        try {
            if (!Files.isDirectory(directory)) {
                Files.createDirectories(directory);
                Files.writeString(
                        directory.resolve(BundledExample.PAGE), BundledExample.page(), StandardCharsets.UTF_8);
                Files.writeString(
                        directory.resolve(BundledExample.USERS), BundledExample.users(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UsageException("Could not make " + directory + " for the bundled example: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new UsageException("Could not make " + directory + " for the bundled example: "
                    + Objects.requireNonNull(e.getCause()).getMessage());
        }
        return directory;
    }
}
