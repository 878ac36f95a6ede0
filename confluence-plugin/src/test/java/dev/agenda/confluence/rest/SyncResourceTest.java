package dev.agenda.confluence.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.security.Permission;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agenda.confluence.sync.SyncFixture;
import dev.agenda.core.tracker.Result;
import dev.agenda.core.tracker.TrackerError;
import dev.agenda.services.jira.JiraSession;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Rule;
import org.junit.Test;

public class SyncResourceTest {

    @Rule
    public final SyncFixture fixture = new SyncFixture();

    private final SyncResource resource = new SyncResource(fixture.service(), new SyncReportJson(), fixture.messages);

    @Test
    public void answersTheReportAsJson() throws Exception {
        Response response = resource.sync("65538", false, "no-check");

        assertEquals(200, response.getStatus());
        JsonNode body = json(response);
        assertEquals(
                "created 10, linked 1, updated 0, transitioned 7, unchanged 0, failed 0",
                body.get("summary").asText());
        assertTrue(body.get("inSync").asBoolean());
        assertTrue(body.get("abort").isNull());
        assertEquals(11, body.get("actions").size());
        JsonNode linked = body.get("actions").findParents("id").stream()
                .filter(action -> action.get("id").asText().equals("65538/10"))
                .findFirst()
                .orElseThrow();
        assertEquals("DM-12813", linked.get("issueKey").asText());
        assertEquals("[\"linked\"]", linked.get("steps").toString());
        assertTrue(linked.get("problem").isNull());
        assertEquals("[]", linked.get("conflicts").toString());
    }

    @Test
    public void actionParametersSyncOnlyTheActionsNamed() throws Exception {
        JsonNode body = json(resource.sync("65538", false, List.of("65538/10", "65538/3"), "no-check"));

        assertEquals(
                "created 1, linked 1, updated 0, transitioned 0, unchanged 0, failed 0",
                body.get("summary").asText());
        assertEquals(2, body.get("actions").size());
    }

    @Test
    public void aDryRunSaysWhatWouldHappen() throws Exception {
        JsonNode body = json(resource.sync("65538", true, "no-check"));

        assertTrue(body.get("dryRun").asBoolean());
        assertTrue(body.get("summary").asText().startsWith("would have created 10"));
    }

    @Test
    public void aDryRunNamesWhatWouldBeCreatedWithItsAssigneesAndTheProjectItWouldBeCreatedIn() throws Exception {
        JsonNode body = json(resource.sync("65538", true, List.of("65538/10", "65538/3"), "no-check"));

        assertEquals("[\"DM\"]", body.get("createsIn").toString());
        JsonNode created = action(body, "65538/3");
        assertEquals("[\"created\"]", created.get("steps").toString());
        assertEquals("Propose LDM-542 (LSP Design) for RFC", created.get("text").asText());
        assertEquals("[\"Gregory Dubois-Felsmann\"]", created.get("assignees").toString());
        assertEquals("DM", created.get("project").asText());
        assertTrue(created.get("issueKey").isNull());
        JsonNode linked = action(body, "65538/10");
        assertEquals("[\"linked\"]", linked.get("steps").toString());
        assertEquals("DM", linked.get("project").asText());
        assertEquals("DM-12813", linked.get("issueKey").asText());
        assertEquals("a dry run creates nothing", Map.of(), fixture.store.records("65538"));
    }

    @Test
    public void aSyncThatCreatesNothingNamesNoProjectToCreateIn() throws Exception {
        resource.sync("65538", false, "no-check");

        JsonNode again = json(resource.sync("65538", true, "no-check"));

        assertEquals("[]", again.get("createsIn").toString());
    }

    @Test
    public void aRequestWithoutTheXsrfHeaderIsRefusedBeforeAnythingHappens() {
        for (String header : new String[] {null, "", "nocheck", "yes"}) {
            Response response = resource.sync("65538", false, header);

            assertEquals(String.valueOf(header), 403, response.getStatus());
            assertTrue(
                    response.getEntity().toString(),
                    response.getEntity().toString().contains("must carry the header X-Atlassian-Token: no-check"));
        }
        assertEquals("Jira was not asked", Map.of(), fixture.jira.operationCounts());
        assertEquals(Map.of(), fixture.store.records("65538"));
    }

    @Test
    public void theResourceIsNotExcludedFromTheFrameworksXsrfProtection() throws Exception {
        java.lang.reflect.Method sync =
                SyncResource.class.getMethod("sync", String.class, boolean.class, List.class, String.class);
        assertTrue(sync.isAnnotationPresent(POST.class));
        for (Annotation annotation : sync.getAnnotations()) {
            assertFalse(
                    annotation.toString(),
                    annotation.annotationType().getSimpleName().contains("Xsrf"));
        }
        for (Annotation annotation : SyncResource.class.getAnnotations()) {
            assertFalse(
                    annotation.toString(),
                    annotation.annotationType().getSimpleName().contains("Xsrf"));
            assertFalse(
                    "licensed users only",
                    annotation.annotationType().getSimpleName().contains("Anonymous"));
        }
    }

    @Test
    public void aPageTheUserMayNotViewIsNotFoundAndOneTheyMayNotEditIsForbidden() throws Exception {
        Response missing = resource.sync("404", false, "no-check");
        when(fixture.permissionManager.hasPermission(fixture.viewer, Permission.EDIT, fixture.page))
                .thenReturn(false);
        Response readOnly = resource.sync("65538", false, "no-check");
        when(fixture.permissionManager.hasPermission(fixture.viewer, Permission.VIEW, fixture.page))
                .thenReturn(false);
        Response hidden = resource.sync("65538", false, "no-check");

        assertEquals(404, missing.getStatus());
        assertEquals(404, hidden.getStatus());
        assertEquals(403, readOnly.getStatus());
        assertEquals(403, json(readOnly).get("status").asInt());
        assertTrue(json(readOnly).get("message").asText().contains("not edit it"));
        assertEquals(400, resource.sync("x", false, "no-check").getStatus());
    }

    @Test
    public void consentNeededInJiraIsA401WithTheAddressToAuthoriseAt() throws Exception {
        URI consent = URI.create("https://jira.example.org/plugins/servlet/applinks/oauth/login-dance/authorize?x=1");
        JiraSession session = JiraSession.of(
                Result.failed(TrackerError.of(TrackerError.Kind.NOT_AUTHENTICATED, "no consent")),
                () -> Optional.of(consent));
        SyncResource needsConsent = new SyncResource(
                fixture.service(SyncFixture.access(session), fixture.store), new SyncReportJson(), fixture.messages);

        Response response = needsConsent.sync("65538", false, "no-check");

        assertEquals(401, response.getStatus());
        assertEquals(consent.toString(), json(response).get("authorise").asText());
    }

    @Test
    public void aSyncThatCouldNotStartIsA200WhoseAbortSaysWhy() throws Exception {
        JiraSession noLink = JiraSession.of(Result.failed(TrackerError.of(
                TrackerError.Kind.NOT_AUTHENTICATED,
                fixture.messages.text("dev.agenda.agenda-confluence-plugin.jira.no-link"))));
        SyncResource unlinked = new SyncResource(
                fixture.service(SyncFixture.access(noLink), fixture.store), new SyncReportJson(), fixture.messages);

        JsonNode body = json(unlinked.sync("65538", false, "no-check"));

        assertTrue(body.get("abort").asText().startsWith("No Jira application link is configured."));
        assertFalse(body.get("inSync").asBoolean());
        assertEquals(0, body.get("actions").size());
    }

    private static JsonNode action(JsonNode body, String id) {
        return body.get("actions").findParents("id").stream()
                .filter(action -> action.get("id").asText().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static JsonNode json(Response response) throws Exception {
        return new ObjectMapper().readTree(response.getEntity().toString());
    }
}
