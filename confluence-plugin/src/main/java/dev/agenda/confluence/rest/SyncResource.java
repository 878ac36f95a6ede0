package dev.agenda.confluence.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agenda.confluence.i18n.PluginMessages;
import dev.agenda.services.sync.PageSyncService;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;

/**
 * {@code POST /rest/agenda/1.0/pages/{pageId}/sync[?dryRun=true][&action=ID…]}: syncs the page's actions with Jira as
 * the current user and answers the report as JSON ({@link SyncReportJson}); with {@code action} parameters (one
 * agenda's Sync), only the actions named, and the report covers only them. 404 when the page does not exist or the
 * user may not view it, 403 when they may not edit it, 401 with {@code {"authorise": "<uri>"}} when the application
 * link needs their consent in Jira first. A sync that could not start for another reason (no Jira link, a project
 * that does not exist, another sync of the page running) is a 200 whose {@code abort} says why.
 *
 * <p>Licensed users only ({@link LicensedOnly}, REST v2's default stated outright). Not excluded from the REST
 * framework's XSRF protection, and in addition this resource itself refuses (403) a request without
 * {@code X-Atlassian-Token: no-check}: a browser sends that header only from a script of the same origin, so a
 * cross-site form or link cannot start a sync whatever the framework checks. Built by REST v2 through HK2 with its
 * {@link Inject} constructor. All the work is in {@link PageSyncService}.
 */
@LicensedOnly
@Path("pages/{pageId}/sync")
public class SyncResource {

    /** The header Atlassian's REST framework accepts in place of an XSRF token, and its one accepted value. */
    public static final String XSRF_HEADER = "X-Atlassian-Token";

    public static final String XSRF_NO_CHECK = "no-check";

    private final PageSyncService service;
    private final SyncReportJson json;
    private final PluginMessages messages;

    @Inject
    public SyncResource(PageSyncService service, SyncReportJson json, PluginMessages messages) {
        this.service = service;
        this.json = json;
        this.messages = messages;
    }

    /** The whole page's sync, as {@code POST …/sync} without {@code action} parameters. */
    public Response sync(String pageId, boolean dryRun, String xsrfToken) {
        return sync(pageId, dryRun, List.of(), xsrfToken);
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response sync(
            @PathParam("pageId") String pageId,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @QueryParam("action") List<String> actionIds,
            @HeaderParam(XSRF_HEADER) String xsrfToken) {
        return RestErrors.withoutXsrfHeader(xsrfToken, messages)
                .orElseGet(() -> RestErrors.answer(
                        actionIds.isEmpty()
                                ? service.sync(pageId, dryRun)
                                : service.syncActions(pageId, Set.copyOf(actionIds), dryRun),
                        json::write));
    }

    /**
     * {@code GET …/sync/progress}: {@code {"running": true, "done": 6, "total": 11}} while a sync of the page runs on
     * this node (the one the page's own sync request went to), {@code {"running": false}} otherwise. Changes nothing.
     */
    @GET
    @Path("progress")
    @Produces(MediaType.APPLICATION_JSON)
    public Response progress(@PathParam("pageId") String pageId) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        service.progress(pageId)
                .ifPresentOrElse(
                        running -> body.put("running", true)
                                .put("done", running.done())
                                .put("total", running.total()),
                        () -> body.put("running", false));
        return Response.ok(body.toString(), MediaType.APPLICATION_JSON_TYPE).build();
    }
}
