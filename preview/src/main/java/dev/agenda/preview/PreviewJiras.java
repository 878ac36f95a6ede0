package dev.agenda.preview;

import dev.agenda.core.tracker.ServerInfo;
import dev.agenda.jira.fake.FakeJiraHttpServer;
import dev.agenda.jira.fake.FakeJiraWorld;
import dev.agenda.jira.fake.FaultPlan;
import dev.agenda.jira.transport.JdkHttpTransport;
import dev.agenda.jira.transport.JiraCredentials;
import dev.agenda.jira.transport.JiraTransport;
import dev.agenda.services.jira.JiraSite;
import dev.agenda.services.page.Viewer;
import java.net.URI;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The preview host's Jira side, as its {@link JiraChoice} says: no Jira; the demo Jira, a fake started here in this
 * process, which gives each user a token of their own so that it, too, answers each as who they are; or a remote Jira,
 * reached with each user's own transport. It makes each user's {@link PreviewJira} — their transport wrapped in a
 * {@link ViewerBoundTransport}, so a request goes only from a thread running as that user, as with Confluence's
 * application link — the {@link JiraSite} they all reach, and from them the {@link ViewersJira} the services are given.
 *
 * <p>It owns the demo Jira it starts, and nothing else: {@link #close()} stops it (and does nothing when there is
 * none). The start-up refusals are {@link PreviewException}s whose messages name the user and why.
 */
final class PreviewJiras implements AutoCloseable {

    private final JiraSite site;
    private final Map<String, PreviewJira> byUsername;
    private final SignedInUser currentUser;
    private final Optional<FakeJiraHttpServer> demo;

    /** @param demo the demo Jira started for the host, or null when it runs none */
    private PreviewJiras(
            JiraSite site,
            Map<String, PreviewJira> byUsername,
            SignedInUser currentUser,
            @Nullable FakeJiraHttpServer demo) {
        this.site = site;
        this.byUsername = byUsername;
        this.currentUser = currentUser;
        this.demo = Optional.ofNullable(demo);
    }

    /**
     * Refuses a remote Jira that some user of the host has no credentials for. Asks nothing and starts nothing, so the
     * host checks it before it opens anything.
     *
     * @throws PreviewException naming the first such user
     */
    static void refuseUsersWithoutCredentials(PreviewSettings settings) {
        if (settings.jira() instanceof JiraChoice.Remote remote) {
            PreviewException.refuseAny(
                    settings.viewers().usernames(),
                    username -> !remote.transports().containsKey(username),
                    username -> "There are no Jira credentials for " + username + ": each user reaches Jira with "
                            + "their own.");
        }
    }

    /**
     * Makes every user's Jira as {@code settings.jira()} says, starting the demo Jira when that is the choice. When it
     * throws, nothing it started is left running.
     *
     * @param currentUser the host's signed-in user, whom each user's transport requires the sending thread to run as
     * @param random      where the demo Jira's tokens come from
     * @throws PreviewException when a user of the host is not a user of the demo Jira
     */
    static PreviewJiras start(PreviewSettings settings, SignedInUser currentUser, SecureRandom random) {
        List<String> usernames = settings.viewers().usernames();
        Map<String, PreviewJira> byUsername = new LinkedHashMap<>();
        if (settings.jira() instanceof JiraChoice.Demo demoChoice) {
            FakeJiraWorld world = FakeJiraWorld.seeded(settings.clock());
            PreviewException.refuseAny(
                    usernames,
                    username -> world.user(username).isEmpty(),
                    username -> username + " is not a user of the demo Jira, whose users are those of the "
                            + "bundled example's users.csv.");
            FakeJiraHttpServer demoServer = FakeJiraHttpServer.start(
                    world, ServerInfo.Deployment.DATA_CENTER, FaultPlan.none().latency(demoChoice.latency()));
            try {
                JiraSite site = new JiraSite(true, PreviewHost.DEMO_LABEL, Optional.of(demoServer.baseUrl()));
                for (String username : usernames) {
                    // Each user gets a token of their own, so the demo Jira, too, answers each as who they are.
                    byte[] secret = new byte[16];
                    random.nextBytes(secret);
                    String token = HexFormat.of().formatHex(secret);
                    demoServer.registerToken(username, token);
                    JiraTransport transport = new JdkHttpTransport(
                            URI.create(demoServer.baseUrl()), JiraCredentials.personalAccessToken(token));
                    byUsername.put(username, userJira(username, transport, site, settings, currentUser));
                }
                return new PreviewJiras(site, byUsername, currentUser, demoServer);
            } catch (RuntimeException e) {
                demoServer.close();
                throw e;
            }
        }
        if (settings.jira() instanceof JiraChoice.Remote remote) {
            JiraSite site = new JiraSite(true, "", Optional.of(remote.browseBase()));
            for (String username : usernames) {
                JiraTransport transport = Objects.requireNonNull(
                        remote.transports().get(username), () -> "no Jira transport for " + username);
                byUsername.put(username, userJira(username, transport, site, settings, currentUser));
            }
            return new PreviewJiras(site, byUsername, currentUser, null);
        }
        usernames.forEach(username -> byUsername.put(username, new PreviewJira()));
        return new PreviewJiras(JiraSite.none(), byUsername, currentUser, null);
    }

    /** One user's Jira: their own transport, sending only from threads that run as them. */
    private static PreviewJira userJira(
            String username,
            JiraTransport transport,
            JiraSite site,
            PreviewSettings settings,
            SignedInUser currentUser) {
        return new PreviewJira(new ViewerBoundTransport(username, transport, currentUser), site, settings.client());
    }

    /**
     * The Jira the services are given: each of these users' own, as the current thread's user or as a named viewer.
     *
     * @param usersByName the host's users, by username — the usernames this was started for
     */
    ViewersJira asViewers(Map<String, Viewer> usersByName) {
        Map<String, Viewer> usersByKey = new LinkedHashMap<>();
        Map<String, PreviewJira> byUserKey = new LinkedHashMap<>();
        usersByName.forEach((username, user) -> {
            usersByKey.put(user.key(), user);
            byUserKey.put(
                    user.key(), Objects.requireNonNull(byUsername.get(username), () -> "no Jira for " + username));
        });
        return new ViewersJira(byUserKey, usersByKey, currentUser, site);
    }

    /** The demo Jira, when this started one. */
    Optional<FakeJiraHttpServer> demo() {
        return demo;
    }

    /** Stops the demo Jira, if this started one. */
    @Override
    public void close() {
        demo.ifPresent(FakeJiraHttpServer::close);
    }
}
