package dev.agenda.confluence.rest;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agenda.confluence.i18n.PluginMessages;
import dev.agenda.services.PageAnswer;
import dev.agenda.services.Refusal;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one place REST answers are shaped: a page service's {@link PageAnswer} becomes 200 with the resource's JSON, or
 * the refusal's status with a JSON body {@code {"status": 404, "message": "…"}} whose message says what is wrong in
 * words a user can act on — plus {@code "authorise": uri} when the viewer must first authorise Confluence in Jira.
 */
final class RestErrors {

    private static final int UNPROCESSABLE_CONTENT = 422;
    private static final int CONFLICT = 409;

    private RestErrors() {}

    /** 200 with {@code json}'s rendering of the value, or the refusal's answer. */
    static <T> Response answer(PageAnswer<T> answer, Function<T, String> json) {
        return answer.fold(
                value -> Response.ok(json.apply(value), MediaType.APPLICATION_JSON_TYPE)
                        .build(),
                RestErrors::refused);
    }

    /** The HTTP status each reason is answered with: every reason has one, or this does not compile. */
    static int statusOf(Refusal.Reason reason) {
        return switch (reason) {
            case BAD_REQUEST -> Response.Status.BAD_REQUEST.getStatusCode();
            case NOT_FOUND -> Response.Status.NOT_FOUND.getStatusCode();
            case FORBIDDEN -> Response.Status.FORBIDDEN.getStatusCode();
            case UNREADABLE -> UNPROCESSABLE_CONTENT;
            case NOT_RECORDED -> CONFLICT;
            case NEEDS_AUTHORISATION -> Response.Status.UNAUTHORIZED.getStatusCode();
            case STATE_UNAVAILABLE -> Response.Status.INTERNAL_SERVER_ERROR.getStatusCode();
        };
    }

    static Response refused(Refusal refusal) {
        int status = statusOf(refusal.reason());
        ObjectNode body =
                JsonNodeFactory.instance.objectNode().put("status", status).put("message", refusal.message());
        refusal.authorise().ifPresent(uri -> body.put("authorise", uri.toString()));
        return Response.status(status)
                .entity(body.toString())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    static Response badRequest(String message) {
        return refused(Refusal.of(Refusal.Reason.BAD_REQUEST, message));
    }

    /**
     * The refusal of a state-changing request without {@code X-Atlassian-Token: no-check}, which a browser sends only
     * from a script of the same origin; empty when the header is there.
     */
    static Optional<Response> withoutXsrfHeader(String token, PluginMessages messages) {
        if (SyncResource.XSRF_NO_CHECK.equals(token)) {
            return Optional.empty();
        }
        return Optional.of(refused(Refusal.of(
                Refusal.Reason.FORBIDDEN,
                messages.text(
                        "dev.agenda.agenda-confluence-plugin.sync.xsrf",
                        SyncResource.XSRF_HEADER,
                        SyncResource.XSRF_NO_CHECK))));
    }
}
