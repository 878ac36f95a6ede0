package dev.agenda.confluence.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.agenda.confluence.i18n.PluginMessages;
import dev.agenda.core.sync.SyncRecord;
import dev.agenda.services.sync.PageSyncService;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /rest/agenda/1.0/pages/{pageId}/removed?action=ID&choice=leave|close}: what to do with the Jira issue of
 * a synced task that is no longer on the page — leave it as it is (recorded, so syncs stop asking) or close it (moved
 * into the done category, once; nothing is ever deleted in Jira). Answers the page's removed tasks as they then stand
 * ({@link SyncReportJson}'s {@code removed}; {@code abort} says why when the action is not such a task). As the sync
 * resource: 404 unless the user may view the page, 403 unless they may edit it or without
 * {@code X-Atlassian-Token: no-check}, 401 with the address to authorise at when Jira needs their consent. Licensed
 * users only ({@link LicensedOnly}); built by REST v2 through HK2 with its {@link Inject} constructor.
 */
@LicensedOnly
@Path("pages/{pageId}/removed")
public class RemovedTaskResource {

    private final PageSyncService service;
    private final SyncReportJson json;
    private final PluginMessages messages;

    @Inject
    public RemovedTaskResource(PageSyncService service, SyncReportJson json, PluginMessages messages) {
        this.service = service;
        this.json = json;
        this.messages = messages;
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response choose(
            @PathParam("pageId") String pageId,
            @QueryParam("action") @Nullable String actionId,
            @QueryParam("choice") @Nullable String choice,
            @HeaderParam(SyncResource.XSRF_HEADER) String xsrfToken) {
        Optional<Response> forgeable = RestErrors.withoutXsrfHeader(xsrfToken, messages);
        if (forgeable.isPresent()) {
            return forgeable.get();
        }
        if (actionId == null || actionId.isBlank()) {
            return RestErrors.badRequest("Say which removed task with action=ID (its id in the sync's answer).");
        }
        Optional<SyncRecord.Removal> removal = removal(choice);
        if (removal.isEmpty()) {
            return RestErrors.badRequest(
                    "Say choice=leave to leave the issue as it is in Jira, or choice=close to close it.");
        }
        return RestErrors.answer(service.chooseForRemoved(pageId, actionId, removal.get()), json::write);
    }

    private static Optional<SyncRecord.Removal> removal(@Nullable String choice) {
        if ("leave".equals(choice)) {
            return Optional.of(SyncRecord.Removal.LEFT);
        }
        return "close".equals(choice) ? Optional.of(SyncRecord.Removal.CLOSED) : Optional.empty();
    }
}
