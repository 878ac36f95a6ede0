package dev.agenda.confluence.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import dev.agenda.services.status.PageStatusService;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /rest/agenda/1.0/pages/{pageId}/status[?refresh=true][&keys=DM-1,RFC-188]}: the live Jira statuses the
 * page shows, in one call, as the viewer ({@link StatusJson}): the issues tracking the page's actions and those its
 * agendas refer to, read from the page; {@code keys} adds others. Each key carries its own answer or its own
 * problem — never one error for the whole page. Changes nothing (the viewer's status cache aside). 404 as for the
 * actions resource; 400 for a key that is not an issue key. Anonymous viewers of a public page may ask
 * ({@link AnonymousSiteAccess}, REST v2's); built by REST v2 through HK2 with its {@link Inject} constructor.
 */
@Path("pages/{pageId}/status")
@AnonymousSiteAccess
public class StatusResource {

    private final PageStatusService service;
    private final StatusJson json;

    @Inject
    public StatusResource(PageStatusService service, StatusJson json) {
        this.service = service;
        this.json = json;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response status(
            @PathParam("pageId") String pageId,
            @QueryParam("keys") @DefaultValue("") String keys,
            @QueryParam("refresh") @DefaultValue("false") boolean refresh) {
        return RestErrors.answer(service.statuses(pageId, keys, refresh), json::write);
    }
}
