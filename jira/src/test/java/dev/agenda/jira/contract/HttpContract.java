package dev.agenda.jira.contract;

import static org.junit.Assert.assertEquals;

import dev.agenda.core.tracker.IssueTracker;
import dev.agenda.core.tracker.ServerInfo;
import dev.agenda.jira.JiraClientSettings;
import dev.agenda.jira.JiraConnector;
import dev.agenda.jira.RetryPolicy;
import dev.agenda.jira.fake.FakeJiraHttpServer;
import dev.agenda.jira.fake.FakeJiraWorld;
import dev.agenda.jira.fake.FaultPlan;
import dev.agenda.jira.testing.ManualClock;
import dev.agenda.jira.transport.JdkHttpTransport;
import dev.agenda.jira.transport.JiraCredentials;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.rules.TestName;

/**
 * The contract through the REST client over real HTTP, every request and answer validated against Atlassian's OpenAPI
 * description: either against the fake Jira served on loopback ({@link Backend#FAKE_OVER_HTTP}), or against WireMock
 * replaying what the fake answered when the test was recorded ({@link Backend#RECORDINGS_OF_THE_FAKE}). Both
 * backends are the fake: its seeded world, fresh for each test.
 */
public abstract class HttpContract extends IssueTrackerContract {

    /** Where the client's requests go: to the fake Jira itself, or to WireMock replaying recordings of it. */
    protected enum Backend { FAKE_OVER_HTTP, RECORDINGS_OF_THE_FAKE }

    static final String TOKEN = "contract-test-token-7f3a";
    static final String EMAIL = "womullane@example.org";

    @Rule
    public final TestName testName = new TestName();

    private FakeJiraHttpServer fake;
    private RecordingsOfFake recorded;
    private OpenApiValidatingTransport validating;
    private IssueTracker tracker;

    protected abstract Backend backend();

    @Before
    public void connect() {
        boolean replay = backend() == Backend.RECORDINGS_OF_THE_FAKE && !RecordingsOfFake.recordingRequested();
        String target;
        if (replay) {
            recorded = RecordingsOfFake.replay(folder(), testName.getMethodName());
            target = recorded.baseUrl();
        } else {
            Clock fixed = Clock.fixed(Instant.parse("2017-11-30T17:00:00Z"), ZoneOffset.UTC);
            fake = FakeJiraHttpServer.start(FakeJiraWorld.seeded(fixed), deployment(), FaultPlan.none())
                    .registerToken("womullane", TOKEN);
            target = fake.baseUrl();
            if (backend() == Backend.RECORDINGS_OF_THE_FAKE) {
                recorded = RecordingsOfFake.record(folder(), testName.getMethodName(), target);
                target = recorded.baseUrl();
            }
        }
        JiraCredentials credentials = deployment() == ServerInfo.Deployment.CLOUD
                ? JiraCredentials.emailAndApiToken(EMAIL, TOKEN) : JiraCredentials.personalAccessToken(TOKEN);
        JdkHttpTransport http = new JdkHttpTransport(URI.create(target), credentials);
        validating = deployment() == ServerInfo.Deployment.CLOUD ? OpenApiValidatingTransport.forCloud(http)
                : OpenApiValidatingTransport.forDataCenter(http);
        ManualClock clock = new ManualClock(Instant.parse("2017-11-30T17:00:00Z"));
        tracker = JiraConnector.connect(validating,
                new JiraClientSettings(RetryPolicy.defaults(), clock, clock, new SplittableRandom(1)))
                .value().tracker();
    }

    @After
    public void checkTraffic() {
        try {
            validating.assertNoViolations();
            if (recorded != null && !RecordingsOfFake.recordingRequested()) {
                assertEquals("requests the recording does not hold", List.of(), recorded.unmatched());
            }
        } finally {
            if (recorded != null) {
                recorded.close();
            }
            if (fake != null) {
                fake.close();
            }
        }
    }

    @Override
    protected IssueTracker tracker() {
        return tracker;
    }

    private String folder() {
        return deployment() == ServerInfo.Deployment.CLOUD ? "cloud" : "datacenter";
    }
}
