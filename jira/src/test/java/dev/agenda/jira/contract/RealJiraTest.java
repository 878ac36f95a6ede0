package dev.agenda.jira.contract;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import dev.agenda.core.tracker.ServerInfo;
import dev.agenda.jira.transport.JiraCredentials;
import java.util.Map;
import org.junit.AssumptionViolatedException;
import org.junit.Test;

/** How the environment names the real Jira of {@link ClientOnRealJiraContractTest}, without one. */
public class RealJiraTest {

    @Test
    public void withoutAUrlTheRealJiraTestsAreSkippedSayingWhy() {
        AssumptionViolatedException skipped = assertThrows(
                AssumptionViolatedException.class,
                () -> RealJira.from(Map.of("AGENDA_TEST_JIRA_TOKEN", "t", "AGENDA_TEST_JIRA_PROJECT", "SCRATCH")));
        assertTrue(skipped.getMessage(), skipped.getMessage().contains("AGENDA_TEST_JIRA_URL is not set"));
        assertThrows(AssumptionViolatedException.class, () -> RealJira.from(Map.of("AGENDA_TEST_JIRA_URL", " ")));
    }

    @Test
    public void aUrlWithoutTokenOrProjectFailsInsteadOfSkipping() {
        IllegalStateException failed = assertThrows(
                IllegalStateException.class,
                () -> RealJira.from(Map.of("AGENDA_TEST_JIRA_URL", "https://jira.example.org")));
        assertEquals(
                "AGENDA_TEST_JIRA_URL names a Jira, but AGENDA_TEST_JIRA_TOKEN is not set,"
                        + " AGENDA_TEST_JIRA_PROJECT is not set",
                failed.getMessage());
        assertThrows(
                IllegalStateException.class,
                () -> RealJira.from(Map.of(
                        "AGENDA_TEST_JIRA_URL",
                        "https://jira.example.org",
                        "AGENDA_TEST_JIRA_TOKEN",
                        "t",
                        "AGENDA_TEST_JIRA_PROJECT",
                        "scratch")));
        assertThrows(
                IllegalStateException.class,
                () -> RealJira.from(Map.of(
                        "AGENDA_TEST_JIRA_URL",
                        "jira.example.org",
                        "AGENDA_TEST_JIRA_TOKEN",
                        "t",
                        "AGENDA_TEST_JIRA_PROJECT",
                        "SCRATCH")));
    }

    @Test
    public void aTokenAloneIsDataCenterAndAnEmailMakesItCloud() {
        RealJira dataCenter = RealJira.from(Map.of(
                "AGENDA_TEST_JIRA_URL",
                "https://jira.example.org",
                "AGENDA_TEST_JIRA_TOKEN",
                "secret-pat",
                "AGENDA_TEST_JIRA_PROJECT",
                "SCRATCH"));
        RealJira cloud = RealJira.from(Map.of(
                "AGENDA_TEST_JIRA_URL",
                "https://example.atlassian.net",
                "AGENDA_TEST_JIRA_TOKEN",
                "secret-api-token",
                "AGENDA_TEST_JIRA_EMAIL",
                "me@example.org",
                "AGENDA_TEST_JIRA_PROJECT",
                "SCRATCH"));

        assertEquals(ServerInfo.Deployment.DATA_CENTER, dataCenter.deployment());
        assertEquals(new JiraCredentials.PersonalAccessToken("secret-pat"), dataCenter.credentials());
        assertEquals(ServerInfo.Deployment.CLOUD, cloud.deployment());
        assertEquals(new JiraCredentials.EmailAndApiToken("me@example.org", "secret-api-token"), cloud.credentials());
        assertEquals("SCRATCH", cloud.project());
        assertFalse(
                "the token is never shown",
                cloud.toString().contains("secret") || dataCenter.toString().contains("secret"));
    }
}
