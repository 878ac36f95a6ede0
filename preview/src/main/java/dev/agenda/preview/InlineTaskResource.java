package dev.agenda.preview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agenda.services.Refusal;
import dev.agenda.services.tick.PageTickService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * The preview's stand-in for Confluence's own inline-task resource, so the page script ticks a task the same way in
 * both hosts: {@code POST /rest/inlinetasks/1/task/{pageId}/{taskId}/} with {@code {"status": "CHECKED"}} (or
 * {@code "UNCHECKED"}) and {@code "trigger": "VIEW_PAGE"} — the call Confluence's task list makes when a box on a
 * viewed page is clicked (not a published API; the shape is the one Confluence's page script and third-party clients
 * send). It only records the tick in the page file ({@link PageTickService#save}, edit permission required) and never
 * waits for Jira; the app's tick resource moves Jira afterwards. Like the app's writes, it refuses (403) a request
 * without {@code X-Atlassian-Token: no-check}, which a cross-site form cannot send. Answers 200 with
 * {@code {"status": "CHECKED", "message": …}}, or the refusal's status with {@code {"status": n, "message": …}}.
 */
@Path("task/{pageId}/{taskId}/")
public final class InlineTaskResource {

    /** Where the resource answers, as in Confluence. */
    static final String BASE = "/rest/inlinetasks/1";

    private static final String XSRF_HEADER = "X-Atlassian-Token";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PageTickService ticks;

    InlineTaskResource(PageTickService ticks) {
        this.ticks = ticks;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response mark(
            @PathParam("pageId") String pageId,
            @PathParam("taskId") String taskId,
            @HeaderParam(XSRF_HEADER) @Nullable String xsrfToken,
            @Nullable String body) {
        if (!"no-check".equals(xsrfToken)) {
            return refused(403, "A tick needs the header " + XSRF_HEADER + ": no-check, which only the page can send.");
        }
        String status = statusIn(body);
        if (!"CHECKED".equals(status) && !"UNCHECKED".equals(status)) {
            return refused(400, "Say {\"status\": \"CHECKED\"} to tick the task or \"UNCHECKED\" to untick it.");
        }
        return ticks.save(pageId, taskId, "CHECKED".equals(status))
                .fold(
                        text -> Response.ok(
                                        JsonNodeFactory.instance
                                                .objectNode()
                                                .put("status", status)
                                                .put("message", "Saved on the page: “" + text + "”.")
                                                .toString(),
                                        MediaType.APPLICATION_JSON_TYPE)
                                .build(),
                        refusal -> refused(statusOf(refusal.reason()), refusal.message()));
    }

    /** The body's {@code status}, or empty when the body is not a JSON object that has one. */
    private static String statusIn(@Nullable String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        try {
            JsonNode status = JSON.readTree(body).path("status");
            return status.isTextual() ? status.asText() : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static int statusOf(Refusal.Reason reason) {
        return switch (reason) {
            case BAD_REQUEST -> 400;
            case NOT_FOUND -> 404;
            case FORBIDDEN -> 403;
            case UNREADABLE -> 422;
            case NOT_RECORDED -> 409;
            case NEEDS_AUTHORISATION -> 401;
            case STATE_UNAVAILABLE -> 500;
        };
    }

    private static Response refused(int status, String message) {
        ObjectNode body =
                JsonNodeFactory.instance.objectNode().put("status", status).put("message", message);
        return Response.status(status)
                .entity(body.toString())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .build();
    }
}
