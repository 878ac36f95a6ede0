package dev.agenda.confluence.status;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.security.Permission;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agenda.confluence.rest.StatusJson;
import dev.agenda.confluence.rest.StatusResource;
import dev.agenda.confluence.rest.TickResource;
import dev.agenda.confluence.sync.SyncFixture;
import dev.agenda.confluence.tick.ConfluenceTaskTicks;
import dev.agenda.core.sync.InProcessLock;
import dev.agenda.core.sync.Lock;
import dev.agenda.core.sync.WorkerContext;
import dev.agenda.core.tracker.Result;
import dev.agenda.core.tracker.TrackerError;
import dev.agenda.services.jira.JiraAccess;
import dev.agenda.services.jira.JiraSession;
import dev.agenda.services.jira.ViewerJiraAccess;
import dev.agenda.services.status.BackgroundStatusRefresh;
import dev.agenda.services.status.PageStatusService;
import dev.agenda.services.tick.PageTickService;
import dev.agenda.sync.status.LiveStatuses;
import dev.agenda.sync.status.StatusMemory;
import dev.agenda.sync.status.StatusWording;
import dev.agenda.testing.ReferencePage;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

/**
 * The status and tick resources as Confluence would run them: Confluence's own types mocked (page, permissions), the
 * app's ports honest (the fake Jira in memory, the in-memory state).
 */
public class LiveStatusInConfluenceTest {

    @Rule
    public final SyncFixture fixture = new SyncFixture();

    private final JiraAccess jira = SyncFixture.access(JiraSession.of(Result.ok(fixture.jira)));
    private final StatusMemory memory = new StatusMemory();
    private final LiveStatuses liveStatuses = new LiveStatuses(memory, fixture.clock);
    private BackgroundStatusRefresh background;
    private StatusResource statusResource;
    private TickResource tickResource;
    private PageStatusService statuses;

    @Before
    public void wire() {
        background = new BackgroundStatusRefresh(
                new ViewerJiraAccess() {
                    @Override
                    public <T> T asViewer(String viewerKey, Function<JiraSession, T> work) {
                        return work.apply(jira.open());
                    }
                },
                liveStatuses);
        statuses = new PageStatusService(
                fixture.pageAccess(),
                jira,
                fixture.store,
                liveStatuses,
                background,
                new StatusWording(fixture.clock, ZoneId.of("America/Phoenix")),
                fixture.clock);
        statusResource = new StatusResource(statuses, new StatusJson());
        tickResource = new TickResource(
                new PageTickService(
                        fixture.pageAccess(),
                        new ConfluenceTaskTicks(),
                        fixture.service(jira, fixture.store),
                        statuses,
                        jira,
                        fixture.store),
                new StatusJson(),
                fixture.messages);
    }

    @After
    public void stop() {
        background.close();
    }

    @Test
    public void afterASyncTheStatusCallAnswersEveryIssueOfThePageWithItsOwnStatus() throws Exception {
        fixture.service(jira, fixture.store).sync("65538", false);

        JsonNode body = json(statusResource.status("65538", "", false));

        assertEquals(13, body.get("issues").size());
        for (JsonNode issue : body.get("issues")) {
            assertEquals(issue.toString(), "current", issue.get("kind").asText());
            assertTrue(issue.get("url").asText().startsWith("https://jira.example.org/browse/"));
        }
        assertEquals(11, body.get("actions").size());
        assertTrue(body.get("jira").get("connected").asBoolean());
    }

    @Test
    public void aPageWithMoreIssuesThanOneCallAsksAboutGetsAStatusOrANotAskedForEveryKey() throws Exception {
        fixture.service(jira, fixture.store).sync("65538", false);
        StringBuilder keys = new StringBuilder("RFC-188"); // also on the page: counted once
        for (int i = 1; i <= 1_100; i++) {
            keys.append(",DM-").append(100_000 + i);
        }

        JsonNode body = json(statusResource.status("65538", keys.toString(), false));

        JsonNode issues = body.get("issues");
        assertEquals("11 actions' issues (DM-12813 among them), RFC-188, RFC-243 and 1,100 more", 1_113, issues.size());
        int notAsked = 0;
        for (JsonNode issue : issues) {
            notAsked += issue.get("kind").asText().equals("not-asked") ? 1 : 0;
        }
        assertEquals(1_113 - PageStatusService.MAX_KEYS, notAsked);
        assertEquals(
                "the actions' own issues come first, so they always get a status",
                "current",
                issues.get(0).get("kind").asText());
        assertTrue(issues.get(1_112).get("problem").asText().startsWith("Not asked: this page shows more than 1000"));
    }

    @Test
    public void aViewerWhoMayNotSeeThePageGetsNotFoundAndABadKeyIsNamed() throws Exception {
        when(fixture.permissionManager.hasPermission(fixture.viewer, Permission.VIEW, fixture.page))
                .thenReturn(false);
        assertEquals(404, statusResource.status("65538", "", false).getStatus());

        when(fixture.permissionManager.hasPermission(fixture.viewer, Permission.VIEW, fixture.page))
                .thenReturn(true);
        Response bad = statusResource.status("65538", "DM-1,<script>", false);
        assertEquals(400, bad.getStatus());
        assertTrue(json(bad).get("message").asText().contains("‘<script>’ is not a Jira issue key"));
    }

    @Test
    public void tickingNeedsEditPermissionAndTheXsrfHeader() throws Exception {
        assertEquals(403, tickResource.tick("65538", "3", "true", null).getStatus());
        when(fixture.permissionManager.hasPermission(fixture.viewer, Permission.EDIT, fixture.page))
                .thenReturn(false);

        Response readOnly = tickResource.tick("65538", "3", "true", "no-check");

        assertEquals(403, readOnly.getStatus());
        assertTrue(json(readOnly).get("message").asText().contains("not edit it"));
    }

    @Test
    public void aTickConfluenceHasNotRecordedMovesNothingInJira() throws Exception {
        fixture.service(jira, fixture.store).sync("65538", false);
        String key = fixture.store.records("65538").get("65538/3").issueKey();

        Response answer = tickResource.tick("65538", "3", "true", "no-check");

        assertEquals(409, answer.getStatus());
        assertTrue(json(answer).get("message").asText().startsWith("Confluence has not recorded the task as ticked"));
        assertEquals(false, fixture.world.state(key).orElseThrow().status().isDone());
    }

    @Test
    public void aTickConfluenceRecordedMovesTheIssueToDoneAndAnswersItsNewStatus() throws Exception {
        fixture.service(jira, fixture.store).sync("65538", false);
        String key = fixture.store.records("65538").get("65538/3").issueKey();
        when(fixture.page.getBodyAsString()).thenReturn(ticked(3));

        JsonNode body = json(tickResource.tick("65538", "3", "true", "no-check"));

        assertTrue(fixture.world.state(key).orElseThrow().status().isDone());
        assertTrue(
                body.get("message").asText(),
                body.get("message")
                        .asText()
                        .contains(key + " moved to "
                                + findIssue(body, key).get("status").asText()));
        JsonNode issue = findIssue(body, key);
        assertEquals("done", issue.get("category").asText());
        assertTrue(fixture.store.records("65538").get("65538/3").jiraDone());
    }

    @Test
    public void aViewerWhoMustAuthoriseGetsTheLinkOnEveryKeyNotOneErrorForThePage() throws Exception {
        URI consent = URI.create("https://jira.example.org/plugins/servlet/applinks/oauth/login-dance"
                + "/authorize?applicationLinkID=1");
        JiraAccess needsConsent = SyncFixture.access(JiraSession.of(
                Result.failed(TrackerError.of(TrackerError.Kind.NOT_AUTHENTICATED, "consent needed")),
                () -> Optional.of(consent)));
        StatusResource resource = new StatusResource(
                new PageStatusService(
                        fixture.pageAccess(),
                        needsConsent,
                        fixture.store,
                        liveStatuses,
                        background,
                        new StatusWording(fixture.clock, ZoneId.of("UTC")),
                        fixture.clock),
                new StatusJson());

        JsonNode body = json(resource.status("65538", "", false));

        assertEquals(
                "the three issues the page's agendas refer to",
                3,
                body.get("issues").size());
        for (JsonNode issue : body.get("issues")) {
            assertEquals("authorise", issue.get("kind").asText());
            assertEquals(consent.toString(), issue.get("authorise").asText());
            assertEquals(
                    "Authorise with Jira to see " + issue.get("key").asText(),
                    issue.get("problem").asText());
        }
    }

    @Test
    public void aTickSentWhileASyncCreatesItsActionsIssueWaitsForThatSyncAndMovesTheNewIssue() throws Exception {
        // The sync running when the task is ticked read the page before the tick; it ends while the tick waits.
        AtomicBoolean syncRunning = new AtomicBoolean(true);
        Lock pageLock = new Lock() {
            private final Lock inner = new InProcessLock();

            @Override
            public <T> T withLock(String name, Duration wait, Supplier<T> work) {
                if (syncRunning.getAndSet(false)) {
                    when(fixture.page.getBodyAsString()).thenReturn(ReferencePage.storage());
                    fixture.service(jira, fixture.store).sync("65538", false);
                    when(fixture.page.getBodyAsString()).thenReturn(ticked(3));
                }
                return inner.withLock(name, wait, work);
            }
        };
        TickResource duringSync = new TickResource(
                new PageTickService(
                        fixture.pageAccess(),
                        new ConfluenceTaskTicks(),
                        fixture.service(jira, fixture.store, WorkerContext.none(), pageLock),
                        statuses,
                        jira,
                        fixture.store),
                new StatusJson(),
                fixture.messages);
        when(fixture.page.getBodyAsString()).thenReturn(ticked(3));

        JsonNode body = json(duringSync.tick("65538", "3", "true", "no-check"));

        assertFalse("the tick waited for the sync", syncRunning.get());
        String key = fixture.store.records("65538").get("65538/3").issueKey();
        assertTrue(body.get("message").asText(), body.get("message").asText().contains(key + " moved to "));
        assertTrue(fixture.world.state(key).orElseThrow().status().isDone());
    }

    @Test
    public void tickingAnActionNoSyncHasGivenAnIssueCreatesNone() throws Exception {
        int before = fixture.world.issueCount();
        when(fixture.page.getBodyAsString()).thenReturn(ticked(3));

        JsonNode body = json(tickResource.tick("65538", "3", "true", "no-check"));

        assertEquals(before, fixture.world.issueCount());
        assertTrue(
                body.get("message").asText(),
                body.get("message")
                        .asText()
                        .endsWith("it is not in Jira yet (sync the " + "page to create its issue)."));
    }

    @Test
    public void unknownTasksAreRefusedByName() throws Exception {
        Response answer = tickResource.tick("65538", "999", "true", "no-check");

        assertEquals(404, answer.getStatus());
        assertTrue(json(answer).get("message").asText().contains("has no task 999"));
    }

    @Test
    public void staleStatusesAreRefreshedInTheBackgroundAsTheViewer() {
        fixture.service(jira, fixture.store).sync("65538", false);
        statusResource.status("65538", "RFC-188", false);
        fixture.world.moveTo("RFC-188", "Done");

        background.refreshLater("womullane-key", List.of("RFC-188"));
        background.close();

        assertEquals(
                "Done",
                memory.get("womullane-key", "RFC-188")
                        .orElseThrow()
                        .lastKnown()
                        .orElseThrow()
                        .status()
                        .name());
    }

    private static String ticked(int taskId) {
        return ReferencePage.storage()
                .replace(
                        "<ac:task-id>" + taskId + "</ac:task-id><ac:task-status>incomplete</ac:task-status>",
                        "<ac:task-id>" + taskId + "</ac:task-id><ac:task-status>complete</ac:task-status>");
    }

    private static JsonNode findIssue(JsonNode body, String key) {
        for (JsonNode issue : body.get("issues")) {
            if (issue.get("key").asText().equals(key)) {
                return issue;
            }
        }
        throw new AssertionError(key + " not in " + body);
    }

    private static JsonNode json(Response response) throws Exception {
        return new ObjectMapper().readTree((String) response.getEntity());
    }
}
