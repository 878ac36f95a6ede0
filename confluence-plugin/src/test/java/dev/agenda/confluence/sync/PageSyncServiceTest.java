package dev.agenda.confluence.sync;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.security.Permission;
import dev.agenda.confluence.Answers;
import dev.agenda.core.sync.SyncRecord;
import dev.agenda.core.sync.SyncStateException;
import dev.agenda.core.sync.SyncStateStore;
import dev.agenda.core.tracker.Result;
import dev.agenda.core.tracker.TrackerError;
import dev.agenda.services.Refusal;
import dev.agenda.services.jira.JiraSession;
import dev.agenda.services.status.RecentSyncs;
import dev.agenda.sync.SyncReport;
import dev.agenda.sync.SyncSettings;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Rule;
import org.junit.Test;

/**
 * The sync service through the plugin's Confluence adapters: pages, permissions and the viewer as Confluence has them.
 */
public class PageSyncServiceTest {

    @Rule
    public final SyncFixture fixture = new SyncFixture();

    @Test
    public void syncsTheReferencePageAsTheViewerAndRemembersItForTheStatusRefresh() {
        SyncReport report = Answers.done(fixture.service().sync("65538", false));
        assertEquals("created 10, linked 1, updated 0, transitioned 7, unchanged 0, failed 0", report.summaryLine());
        assertTrue(report.inSync());
        assertEquals("65538", report.pageId());
        assertEquals(11, fixture.store.records("65538").size());
        String key = fixture.store.records("65538").get("65538/9").issueKey();
        assertEquals(
                "the link back points at the page",
                SyncFixture.PAGE_URL,
                fixture.world
                        .state(key)
                        .orElseThrow()
                        .remoteLink(SyncSettings.globalId("65538/9"))
                        .orElseThrow()
                        .link()
                        .url());
        List<RecentSyncs.Entry> recent = fixture.recentSyncs.since(fixture.clock.instant(), Duration.ofMinutes(1));
        assertEquals(1, recent.size());
        assertEquals("womullane-key", recent.get(0).viewerKey());
        assertEquals(11, recent.get(0).issueKeys().size());
    }

    @Test
    public void aDryRunChangesNothingAndIsNotRemembered() {
        int issuesBefore = fixture.world.issueCount();

        SyncReport report = Answers.done(fixture.service().sync("65538", true));

        assertTrue(report.dryRun());
        assertTrue(report.summaryLine(), report.summaryLine().startsWith("would have created 10"));
        assertEquals(issuesBefore, fixture.world.issueCount());
        assertEquals(Map.of(), fixture.store.records("65538"));
        assertTrue(fixture.recentSyncs
                .since(fixture.clock.instant(), Duration.ofDays(1))
                .isEmpty());
    }

    @Test
    public void aMissingPageAndAnInvisibleOneAreTheSameNotFound() {
        when(fixture.permissionManager.hasPermission(fixture.viewer, Permission.VIEW, fixture.page))
                .thenReturn(false);

        Refusal hidden = Answers.refusal(fixture.service().sync("65538", false));
        Refusal missing = Answers.refusal(fixture.service().sync("404", false));

        assertEquals(
                Refusal.of(
                        Refusal.Reason.NOT_FOUND,
                        "Page 65538 does not exist or you do not have permission to view it."),
                hidden);
        assertEquals(
                Refusal.of(
                        Refusal.Reason.NOT_FOUND, "Page 404 does not exist or you do not have permission to view it."),
                missing);
        assertEquals("Jira was not asked", Map.of(), fixture.jira.operationCounts());
    }

    @Test
    public void viewingIsNotEnoughEditingIsNeeded() {
        when(fixture.permissionManager.hasPermission(fixture.viewer, Permission.EDIT, fixture.page))
                .thenReturn(false);

        Refusal refusal = Answers.refusal(fixture.service().sync("65538", false));

        assertEquals(
                Refusal.of(
                        Refusal.Reason.FORBIDDEN,
                        "You may view page 65538 but not edit it, so you cannot sync"
                                + " its actions with Jira or tick its tasks."),
                refusal);
        assertEquals("Jira was not asked", Map.of(), fixture.jira.operationCounts());
    }

    @Test
    public void aPageIdThatIsNotANumberIsABadRequest() {
        assertEquals(
                Refusal.of(Refusal.Reason.BAD_REQUEST, "‘abc’ is not a page id; page ids are numbers."),
                Answers.refusal(fixture.service().sync("abc", false)));
    }

    @Test
    public void anUnreadablePageSaysWhere() {
        when(fixture.page.getBodyAsString()).thenReturn("<p>\n<b>broken</p>");

        Refusal refused = Answers.refusal(fixture.service().sync("65538", false));
        assertEquals(Refusal.Reason.UNREADABLE, refused.reason());
        assertTrue(refused.message().contains("line 2"));
    }

    @Test
    public void consentNeededInJiraBecomesAnAuthoriseOutcomeWithItsAddress() {
        URI consent = URI.create("https://jira.example.org/plugins/servlet/applinks/oauth/login-dance/authorize");
        JiraSession session = JiraSession.of(
                Result.failed(TrackerError.of(
                        TrackerError.Kind.NOT_AUTHENTICATED,
                        "Jira at https://jira.example.org did not accept the credentials (HTTP 401).")),
                () -> Optional.of(consent));

        Refusal authorise = Answers.refusal(
                fixture.service(SyncFixture.access(session), fixture.store).sync("65538", false));

        assertEquals(Refusal.Reason.NEEDS_AUTHORISATION, authorise.reason());
        assertEquals(Optional.of(consent), authorise.authorise());
        assertTrue(authorise.message().contains("authorise Confluence with Jira"));
        assertTrue(fixture.recentSyncs
                .since(fixture.clock.instant(), Duration.ofDays(1))
                .isEmpty());
    }

    @Test
    public void withoutAJiraLinkTheSyncStopsAndSaysSo() {
        JiraSession noLink = JiraSession.of(Result.failed(TrackerError.of(
                TrackerError.Kind.NOT_AUTHENTICATED,
                fixture.messages.text("dev.agenda.agenda-confluence-plugin.jira.no-link"))));

        SyncReport report = Answers.done(
                fixture.service(SyncFixture.access(noLink), fixture.store).sync("65538", false));

        assertTrue(report.abort().orElseThrow().startsWith("No Jira application link is configured."));
        assertFalse(report.inSync());
    }

    @Test
    public void aStateStoreThatCannotBeReadStopsTheSyncWithItsMessage() {
        SyncStateStore broken = new SyncStateStore() {
            @Override
            public Map<String, SyncRecord> records(String pageId) {
                throw new SyncStateException("The sync state of page 65538 (content property agenda.sync) is"
                        + " unreadable: it is not JSON (line 1, column 2).");
            }

            @Override
            public void save(String pageId, SyncRecord record) {
                throw new AssertionError("nothing is saved over an unreadable state");
            }
        };

        Refusal refusal =
                Answers.refusal(fixture.service(SyncFixture.access(JiraSession.of(Result.ok(fixture.jira))), broken)
                        .sync("65538", false));

        assertEquals(Refusal.Reason.STATE_UNAVAILABLE, refusal.reason());
        assertTrue(refusal.message().contains("agenda.sync"));
    }
}
