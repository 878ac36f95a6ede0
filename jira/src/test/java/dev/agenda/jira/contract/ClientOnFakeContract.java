package dev.agenda.jira.contract;

import static org.junit.Assert.assertEquals;

import dev.agenda.core.tracker.ServerInfo;
import dev.agenda.jira.fake.FakeJiraHttpServer;
import dev.agenda.jira.fake.FakeJiraWorld;
import dev.agenda.jira.fake.FaultPlan;
import dev.agenda.jira.transport.JiraCredentials;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.Rule;
import org.junit.rules.TestName;

/**
 * The contract through the REST client against the fake Jira, its seeded world fresh for each test, acting as
 * {@code womullane}: either the fake served on loopback ({@link Backend#FAKE_OVER_HTTP}), or WireMock replaying what
 * the fake answered when the test was recorded ({@link Backend#RECORDINGS_OF_THE_FAKE}). When replaying, a request
 * the recording does not hold fails the test.
 */
public abstract class ClientOnFakeContract extends HttpContract {

    /** Where the client's requests go: to the fake Jira itself, or to WireMock replaying recordings of it. */
    protected enum Backend {
        FAKE_OVER_HTTP,
        RECORDINGS_OF_THE_FAKE
    }

    static final String TOKEN = "contract-test-token-7f3a";
    static final String EMAIL = "womullane@example.org";

    @Rule
    public final TestName testName = new TestName();

    private FakeJiraHttpServer fake;
    private RecordingsOfFake recorded;

    protected abstract Backend backend();

    @Override
    protected Endpoint openBackend() {
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
                ? JiraCredentials.emailAndApiToken(EMAIL, TOKEN)
                : JiraCredentials.personalAccessToken(TOKEN);
        return new Endpoint(target, credentials);
    }

    @Override
    protected void closeBackend() {
        try {
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

    private String folder() {
        return deployment() == ServerInfo.Deployment.CLOUD ? "cloud" : "datacenter";
    }
}
