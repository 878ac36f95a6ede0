package dev.agenda.preview;

import dev.agenda.core.tracker.ServerInfo;
import dev.agenda.jira.JiraClientSettings;
import dev.agenda.jira.ScheduledPause;
import dev.agenda.jira.fake.FakeJiraHttpServer;
import dev.agenda.jira.fake.FakeJiraWorld;
import dev.agenda.jira.fake.FaultPlan;
import dev.agenda.jira.http.RetryPolicy;
import dev.agenda.jira.transport.JdkHttpTransport;
import dev.agenda.jira.transport.JiraCredentials;
import dev.agenda.jira.transport.JiraRequest;
import dev.agenda.jira.transport.JiraResponse;
import dev.agenda.jira.transport.JiraTransport;
import dev.agenda.jira.transport.JiraTransportException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.junit.rules.ExternalResource;
import org.junit.rules.TemporaryFolder;

/**
 * A preview host over a fake Jira served over HTTP, as a user would run {@code agenda serve --jira URL}: the reference
 * page and its users in a fresh pages directory, H2 in a fresh data directory. The fake Jira can be stopped to play
 * Jira being down.
 */
final class PreviewFixture extends ExternalResource {

    static final String REFERENCE_PAGE = "dmlt-f2f-2017-11.xml";

    private final TemporaryFolder folder;
    private final String extraUsers;
    private final List<String> signingIn;
    Path pages;
    Path data;
    FakeJiraHttpServer jira;
    PreviewHost host;
    private Optional<String> defaultProject = Optional.empty();
    /** What the fake Jira's answers become on their way to the host: as sent, unless a test says otherwise. */
    volatile UnaryOperator<JiraResponse> jiraAnswers = UnaryOperator.identity();

    PreviewFixture(TemporaryFolder folder) {
        this(folder, "");
    }

    /** @param extraUsers rows added to the reference users.csv before the host reads it */
    PreviewFixture(TemporaryFolder folder, String extraUsers) {
        this(folder, extraUsers, List.of());
    }

    private PreviewFixture(TemporaryFolder folder, String extraUsers, List<String> signingIn) {
        this.folder = folder;
        this.extraUsers = extraUsers;
        this.signingIn = signingIn;
    }

    /** A host these users sign in to, each reaching the fake Jira with their own token, {@link #tokenOf}. */
    static PreviewFixture signingIn(TemporaryFolder folder, String... usernames) {
        return new PreviewFixture(folder, "", List.of(usernames));
    }

    /** The Jira token a user of a {@link #signingIn} host has. */
    static String tokenOf(String username) {
        return "pat-of-" + username;
    }

    @Override
    protected void before() throws IOException {
        pages = folder.newFolder("pages").toPath();
        Path examples = Path.of(System.getProperty("agenda.examples", "../examples"));
        Files.copy(examples.resolve(REFERENCE_PAGE), pages.resolve(REFERENCE_PAGE));
        Files.writeString(
                pages.resolve("users.csv"),
                Files.readString(examples.resolve("users.csv")) + extraUsers,
                StandardCharsets.UTF_8);
        jira = FakeJiraHttpServer.start(
                        FakeJiraWorld.seeded(Clock.systemUTC()), ServerInfo.Deployment.DATA_CENTER, FaultPlan.none())
                .registerToken("womullane", "preview-pat");
        data = folder.newFolder("data").toPath();
        startHost();
    }

    /** Stops the host and starts it again on the same pages, state and Jira, as {@code serve --project KEY} would. */
    void restartWithDefaultProject(String project) {
        host.close();
        defaultProject = Optional.of(project);
        startHost();
    }

    private void startHost() {
        JiraChoice.Remote remote;
        Viewers viewers;
        if (signingIn.isEmpty()) {
            remote = JiraChoice.Remote.forOne("womullane", transport("preview-pat"), jira.baseUrl());
            viewers = Viewers.only("womullane");
        } else {
            Map<String, JiraTransport> transports = new LinkedHashMap<>();
            for (String username : signingIn) {
                jira.registerToken(username, tokenOf(username));
                transports.put(username, transport(tokenOf(username)));
            }
            remote = new JiraChoice.Remote(transports, jira.baseUrl());
            viewers = Viewers.signingIn(signingIn);
        }
        host = PreviewHost.start(new PreviewSettings(
                pages,
                0,
                data,
                Optional.empty(),
                remote,
                viewers,
                Clock.systemUTC(),
                ZoneId.of("America/Phoenix"),
                quickRetries(),
                defaultProject));
    }

    /** A Jira client that retries soon and gives up within two seconds, so a test of failures ends quickly. */
    static JiraClientSettings quickRetries() {
        return new JiraClientSettings(
                new RetryPolicy(
                        Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(75), Duration.ofSeconds(2)),
                Clock.systemUTC(),
                new ScheduledPause(),
                new SplittableRandom(5));
    }

    private JiraTransport transport(String token) {
        JdkHttpTransport real = new JdkHttpTransport(
                URI.create(jira.baseUrl()),
                JiraCredentials.personalAccessToken(token),
                Duration.ofSeconds(2),
                Duration.ofSeconds(5));
        return new JiraTransport() {
            @Override
            public JiraResponse execute(JiraRequest request) throws JiraTransportException {
                return jiraAnswers.apply(real.execute(request));
            }

            @Override
            public String describe() {
                return real.describe();
            }
        };
    }

    @Override
    protected void after() {
        host.close();
        jira.close();
    }

    /** Adds a page file and answers its address. */
    String addPage(String fileName, String storage) {
        try {
            Files.writeString(pages.resolve(fileName), storage, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pageUrl(fileName);
    }

    String pageUrl(String fileName) {
        return host.baseUrl()
                .resolve("pages/" + PageFiles.idOf(pages.resolve(fileName)))
                .toString();
    }

    long pageId(String fileName) {
        return PageFiles.idOf(pages.resolve(fileName));
    }

    String read(String fileName) {
        try {
            return Files.readString(pages.resolve(fileName), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** GETs a path of the host, as a browser without scripts would. */
    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(host.baseUrl().resolve(path)).GET().build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            // The JDK's default client, which offers HTTP/2 (Upgrade: h2c) on plain http: the host declines it.
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
