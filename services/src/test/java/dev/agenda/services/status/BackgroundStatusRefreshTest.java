package dev.agenda.services.status;

import static org.junit.Assert.assertTrue;

import dev.agenda.services.ServicesFixture;
import dev.agenda.services.jira.ViewerJiraAccess;
import dev.agenda.sync.status.LiveStatuses;
import dev.agenda.sync.status.StatusMemory;
import dev.agenda.testing.CapturedLogs;
import java.util.List;
import java.util.function.Function;
import org.junit.Test;

/** The background refresh: a refresh that fails is logged with what it was for, and the next one still runs. */
public class BackgroundStatusRefreshTest {

    @Test
    public void aRefreshThatFailsIsLoggedAndTheQueueGoesOn() {
        ServicesFixture fixture = new ServicesFixture();
        LiveStatuses statuses = new LiveStatuses(new StatusMemory(), fixture.clock);
        List<String> refreshed = new java.util.concurrent.CopyOnWriteArrayList<>();
        ViewerJiraAccess failingOnce = new ViewerJiraAccess() {
            @Override
            public <T> T asViewer(String viewerKey, Function<dev.agenda.services.jira.JiraSession, T> work) {
                if (viewerKey.equals("broken")) {
                    throw new IllegalStateException("the viewer's Jira could not be opened");
                }
                refreshed.add(viewerKey);
                return null;
            }
        };
        String logged;
        try (CapturedLogs logs = CapturedLogs.open()) {
            BackgroundStatusRefresh background = new BackgroundStatusRefresh(failingOnce, statuses);
            background.refreshLater("broken", List.of("DM-1", "DM-2"));
            background.refreshLater("womullane-key", List.of("DM-3"));
            background.close();
            logged = logs.text();
        }

        assertTrue(
                logged,
                logged.contains("WARNING Refreshing 2 Jira statuses for viewer broken failed: "
                        + "java.lang.IllegalStateException: the viewer's Jira could not be opened"));
        assertTrue("the refresh after it ran", refreshed.contains("womullane-key"));
    }
}
