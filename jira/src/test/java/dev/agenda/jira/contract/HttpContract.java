package dev.agenda.jira.contract;

import dev.agenda.core.tracker.IssueTracker;
import dev.agenda.core.tracker.ServerInfo;
import dev.agenda.jira.JiraClientSettings;
import dev.agenda.jira.JiraConnector;
import dev.agenda.jira.http.RetryPolicy;
import dev.agenda.jira.transport.JdkHttpTransport;
import dev.agenda.jira.transport.JiraCredentials;
import dev.agenda.testing.ManualClock;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.SplittableRandom;
import org.junit.After;
import org.junit.Before;

/**
 * The contract through the REST client over real HTTP, every request and answer validated against Atlassian's OpenAPI
 * description of the deployment. Subclasses say where the requests go: the fake Jira ({@link ClientOnFakeContract})
 * or a real one ({@link ClientOnRealJiraContractTest}).
 */
public abstract class HttpContract extends IssueTrackerContract {

    private OpenApiValidatingTransport validating;
    private IssueTracker tracker;

    /** Where the client sends its requests, and the credentials it signs them with. */
    protected record Endpoint(String baseUrl, JiraCredentials credentials) {
        public Endpoint {
            Objects.requireNonNull(baseUrl, "baseUrl");
            Objects.requireNonNull(credentials, "credentials");
        }
    }

    /** Readies the backend for one test (or skips the test with an assumption) and says where it answers. */
    protected abstract Endpoint openBackend();

    /** Checks what the backend saw, if anything, and releases it; after each test, also one that was skipped. */
    protected abstract void closeBackend();

    /** How the client waits and retries: by default on a manual clock, so that retries run at full speed. */
    protected JiraClientSettings clientSettings() {
        ManualClock clock = new ManualClock(Instant.parse("2017-11-30T17:00:00Z"));
        return new JiraClientSettings(RetryPolicy.defaults(), clock, clock, new SplittableRandom(1));
    }

    @Before
    public final void connect() {
        Endpoint endpoint = openBackend();
        JdkHttpTransport http = new JdkHttpTransport(URI.create(endpoint.baseUrl()), endpoint.credentials());
        validating = deployment() == ServerInfo.Deployment.CLOUD
                ? OpenApiValidatingTransport.forCloud(http)
                : OpenApiValidatingTransport.forDataCenter(http);
        tracker = JiraConnector.connect(validating, clientSettings()).value().tracker();
    }

    @After
    public final void checkTraffic() {
        try {
            if (validating != null) {
                validating.assertNoViolations();
            }
        } finally {
            closeBackend();
        }
    }

    @Override
    protected IssueTracker tracker() {
        return tracker;
    }
}
