package dev.agenda.confluence.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.security.Permission;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agenda.confluence.sync.SyncFixture;
import dev.agenda.testing.ReferencePage;
import jakarta.ws.rs.core.Response;
import org.junit.Rule;
import org.junit.Test;

/** The choice for the issue of a synced task removed from the page, over REST, against the fake Jira. */
public class RemovedTaskResourceTest {

    private static final String THREE = "65538/3";

    @Rule
    public final SyncFixture fixture = new SyncFixture();

    private final SyncResource sync = new SyncResource(fixture.service(), new SyncReportJson(), fixture.messages);
    private final RemovedTaskResource resource =
            new RemovedTaskResource(fixture.service(), new SyncReportJson(), fixture.messages);

    @Test
    public void aSyncAfterATaskWasRemovedListsItsIssueUntilItIsClosedThenAsClosed() throws Exception {
        sync.sync("65538", false, "no-check");
        String key = fixture.store.records("65538").get(THREE).issueKey();
        removeTaskThree();

        JsonNode removed = json(sync.sync("65538", false, "no-check")).get("removed");

        assertEquals(1, removed.size());
        assertEquals(THREE, removed.get(0).get("id").asText());
        assertEquals(key, removed.get(0).get("issueKey").asText());
        assertTrue(removed.get(0).get("choice").isNull());
        assertEquals(
                key + ": its task was removed from the page",
                removed.get(0).get("message").asText());

        JsonNode closed = json(resource.choose("65538", THREE, "close", "no-check"));

        assertEquals("closed", closed.get("removed").get(0).get("choice").asText());
        assertTrue(fixture.world.state(key).orElseThrow().status().isDone());
        assertEquals(
                key + ": its task was removed; closed in Jira",
                json(sync.sync("65538", false, "no-check"))
                        .get("removed")
                        .get(0)
                        .get("message")
                        .asText());
    }

    @Test
    public void leavingIsKeptAndReported() throws Exception {
        sync.sync("65538", false, "no-check");
        removeTaskThree();

        JsonNode left = json(resource.choose("65538", THREE, "leave", "no-check"));

        assertEquals("left", left.get("removed").get(0).get("choice").asText());
        assertEquals(
                "left",
                json(sync.sync("65538", true, "no-check"))
                        .get("removed")
                        .get(0)
                        .get("choice")
                        .asText());
    }

    @Test
    public void badChoicesForgedRequestsAndReadersAreRefusedAndChangeNothing() throws Exception {
        sync.sync("65538", false, "no-check");
        removeTaskThree();
        var before = fixture.store.records("65538");

        assertEquals(403, resource.choose("65538", THREE, "close", null).getStatus());
        assertEquals(400, resource.choose("65538", THREE, "delete", "no-check").getStatus());
        assertEquals(400, resource.choose("65538", null, "close", "no-check").getStatus());
        assertTrue(json(resource.choose("65538", "65538/9", "close", "no-check"))
                .get("abort")
                .asText()
                .contains("is not a synced task removed from this page"));
        when(fixture.permissionManager.hasPermission(fixture.viewer, Permission.EDIT, fixture.page))
                .thenReturn(false);
        assertEquals(403, resource.choose("65538", THREE, "close", "no-check").getStatus());

        assertEquals(before, fixture.store.records("65538"));
        assertFalse(fixture.world
                .state(before.get(THREE).issueKey())
                .orElseThrow()
                .status()
                .isDone());
    }

    private void removeTaskThree() {
        String without = ReferencePage.storage().replaceFirst("<ac:task><ac:task-id>3</ac:task-id>.*?</ac:task>", "");
        when(fixture.page.getBodyAsString()).thenReturn(without);
    }

    private static JsonNode json(Response response) throws Exception {
        assertEquals(response.getEntity().toString(), 200, response.getStatus());
        return new ObjectMapper().readTree(response.getEntity().toString());
    }
}
