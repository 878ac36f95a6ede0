package dev.agenda.services.sync;

import static org.junit.Assert.assertTrue;

import dev.agenda.core.sync.InProcessLock;
import dev.agenda.core.sync.SyncRecord;
import dev.agenda.core.sync.SyncStateException;
import dev.agenda.core.sync.SyncStateStore;
import dev.agenda.core.sync.WorkerContext;
import dev.agenda.core.tracker.Result;
import dev.agenda.core.tracker.TrackerError;
import dev.agenda.services.ServicesFixture;
import dev.agenda.services.jira.JiraAccess;
import dev.agenda.services.jira.JiraSession;
import dev.agenda.services.jira.JiraSite;
import dev.agenda.testing.CapturedLogs;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

/**
 * What an administrator can tell from the log about a sync: where it started (page, actions, as whom), how it ended
 * (the summary), and why it stopped or failed.
 */
public class PageSyncLoggingTest {

    private final ServicesFixture fixture = new ServicesFixture();

    @Test
    public void aSyncIsLoggedWhereItStartsAndEndsWithItsCounts() {
        String logged;
        try (CapturedLogs logs = CapturedLogs.open()) {
            fixture.syncService().sync("65538", false);
            logged = logs.text();
        }

        assertTrue(logged, logged.contains("INFO Syncing page 65538 (11 actions) with Jira as womullane"));
        assertTrue(logged, logged.contains("INFO Synced page 65538 with Jira as womullane: created 10, linked 1"));
    }

    @Test
    public void aSyncThatCannotStartIsAWarningThatSaysWhy() {
        JiraAccess noJira = JiraAccess.over(
                () -> JiraSession.of(Result.failed(TrackerError.of(
                        TrackerError.Kind.NOT_AUTHENTICATED, "No Jira application link is configured."))),
                JiraSite.none());
        String logged;
        try (CapturedLogs logs = CapturedLogs.open()) {
            service(noJira, fixture.store).sync("65538", false);
            logged = logs.text();
        }

        assertTrue(
                logged,
                logged.contains("WARNING The sync of page 65538 as womullane did not start: No Jira"
                        + " application link is configured."));
    }

    @Test
    public void aStateThatCannotBeReadIsAnErrorNamingThePage() {
        SyncStateStore broken = new SyncStateStore() {
            @Override
            public Map<String, SyncRecord> records(String pageId) {
                throw new SyncStateException("The sync state of page 65538 is unreadable.");
            }

            @Override
            public void save(String pageId, SyncRecord record) {
                throw new AssertionError("nothing is saved over an unreadable state");
            }
        };
        String logged;
        try (CapturedLogs logs = CapturedLogs.open()) {
            service(fixture.jiraAccess(), broken).sync("65538", false);
            logged = logs.text();
        }

        assertTrue(
                logged,
                logged.contains("SEVERE The sync of page 65538 stopped: its sync state is unavailable: The"
                        + " sync state of page 65538 is unreadable."));
    }

    private PageSyncService service(JiraAccess jira, SyncStateStore store) {
        return new PageSyncService(
                fixture.pageAccess(),
                jira,
                store,
                new InProcessLock(),
                Optional::empty,
                fixture.recentSyncs,
                fixture.progress,
                fixture.texts,
                WorkerContext.none(),
                fixture.clock);
    }
}
