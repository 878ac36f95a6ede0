package dev.agenda.confluence.rest;

import dev.agenda.confluence.i18n.PluginMessages;
import dev.agenda.confluence.page.PageAccess;
import java.util.Optional;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The one place REST errors are shaped: a status and a JSON body {@code {"status": 404, "message": "…"}} whose
 * message says what is wrong in words a user can act on.
 */
final class RestErrors {

    private static final int UNPROCESSABLE_CONTENT = 422;

    private RestErrors() {
    }

    static Response badRequest(String message) {
        return error(Response.Status.BAD_REQUEST.getStatusCode(), message);
    }

    static Response forbidden(String message) {
        return error(Response.Status.FORBIDDEN.getStatusCode(), message);
    }

    static Response notFound(String message) {
        return error(Response.Status.NOT_FOUND.getStatusCode(), message);
    }

    static Response unprocessable(String message) {
        return error(UNPROCESSABLE_CONTENT, message);
    }

    static Response serverError(String message) {
        return error(Response.Status.INTERNAL_SERVER_ERROR.getStatusCode(), message);
    }

    /**
     * The refusal of a state-changing request without {@code X-Atlassian-Token: no-check}, which a browser sends only
     * from a script of the same origin; empty when the header is there.
     */
    static Optional<Response> withoutXsrfHeader(String token, PluginMessages messages) {
        if (SyncResource.XSRF_NO_CHECK.equals(token)) {
            return Optional.empty();
        }
        return Optional.of(forbidden(messages.text("dev.agenda.agenda-confluence-plugin.sync.xsrf",
                SyncResource.XSRF_HEADER, SyncResource.XSRF_NO_CHECK)));
    }

    /** The answer for a page that could not be opened: 400, 404, 403 or 422 as the reason says. */
    static Response refused(PageAccess.Refused refused) {
        switch (refused.reason()) {
            case BAD_ID:
                return badRequest(refused.message());
            case NOT_FOUND:
                return notFound(refused.message());
            case FORBIDDEN:
                return forbidden(refused.message());
            default:
                return unprocessable(refused.message());
        }
    }

    static Response status(int status, String message) {
        return error(status, message);
    }

    private static Response error(int status, String message) {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("status", status).put("message", message);
        return Response.status(status).entity(body.toString()).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
