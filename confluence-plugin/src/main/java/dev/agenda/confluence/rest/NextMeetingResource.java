package dev.agenda.confluence.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agenda.confluence.i18n.PluginMessages;
import dev.agenda.services.series.NextMeetingPage;
import dev.agenda.services.series.NextMeetingService;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;

/**
 * {@code POST /rest/agenda/1.0/pages/{pageId}/next?date=YYYY-MM-DD}: "Create next meeting". Makes the next meeting's
 * page beside this one (in Confluence a sibling with the same parent and restrictions), its actions still open
 * carried over, and answers 201 with {@code {"id", "title", "address", "carried": [{"origin", "text", "issueKey"}]}}
 * and the new page's address as {@code Location}. When the page for that date is there already, 409 with
 * {@code {"status": 409, "message", "id", "title", "address"}} naming it; nothing is made. 400 for a date that is not
 * one, 404 when the page does not exist or the user may not view it, 403 when they may not edit it or the request
 * lacks {@code X-Atlassian-Token: no-check}. Licensed users only; built by REST v2 through HK2 with its {@link Inject}
 * constructor. All the work is in {@link NextMeetingService}.
 */
@LicensedOnly
@Path("pages/{pageId}/next")
public class NextMeetingResource {

    private static final int CONFLICT = 409;

    private final NextMeetingService service;
    private final PluginMessages messages;

    @Inject
    public NextMeetingResource(NextMeetingService service, PluginMessages messages) {
        this.service = service;
        this.messages = messages;
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response createNext(
            @PathParam("pageId") String pageId,
            @QueryParam("date") String date,
            @HeaderParam(SyncResource.XSRF_HEADER) String xsrfToken) {
        Optional<Response> forgeable = RestErrors.withoutXsrfHeader(xsrfToken, messages);
        if (forgeable.isPresent()) {
            return forgeable.get();
        }
        return service.createNext(pageId, date).fold(NextMeetingResource::answer, RestErrors::refused);
    }

    private static Response answer(NextMeetingPage page) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        if (!page.made()) {
            body.put("status", CONFLICT)
                    .put("message", "The page for this date exists: " + page.title() + " (" + page.address() + ")");
        }
        body.put("id", String.valueOf(page.id())).put("title", page.title()).put("address", page.address());
        if (!page.made()) {
            return Response.status(CONFLICT)
                    .entity(body.toString())
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .build();
        }
        ArrayNode carried = body.putArray("carried");
        page.carried()
                .forEach(action -> carried.addObject()
                        .put("origin", action.originActionId())
                        .put("text", action.text())
                        .put("issueKey", action.issueKey().orElse(null)));
        return Response.created(URI.create(page.address()))
                .entity(body.toString())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .build();
    }
}
