package dev.agenda.confluence.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.agenda.confluence.i18n.PluginMessages;
import dev.agenda.services.tick.PageTickService;
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

/**
 * {@code POST /rest/agenda/1.0/pages/{pageId}/tasks/{taskId}/tick?done=true|false}: ticks a task on the page and
 * moves its Jira issue to match, answering the action's fresh status ({@link StatusJson}, with a {@code message}).
 * Requires edit permission on the page and, as the sync resource does, the {@code X-Atlassian-Token: no-check}
 * header, so a cross-site form cannot tick anything. 409 when the page could not record the tick. Licensed users only
 * ({@link LicensedOnly}); built by REST v2 through HK2 with its {@link Inject} constructor.
 */
@LicensedOnly
@Path("pages/{pageId}/tasks/{taskId}/tick")
public class TickResource {

    private final PageTickService service;
    private final StatusJson json;
    private final PluginMessages messages;

    @Inject
    public TickResource(PageTickService service, StatusJson json, PluginMessages messages) {
        this.service = service;
        this.json = json;
        this.messages = messages;
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response tick(
            @PathParam("pageId") String pageId,
            @PathParam("taskId") String taskId,
            @QueryParam("done") String done,
            @HeaderParam(SyncResource.XSRF_HEADER) String xsrfToken) {
        Optional<Response> forgeable = RestErrors.withoutXsrfHeader(xsrfToken, messages);
        if (forgeable.isPresent()) {
            return forgeable.get();
        }
        if (!"true".equals(done) && !"false".equals(done)) {
            return RestErrors.badRequest("Say done=true to tick the task or done=false to untick it.");
        }
        return RestErrors.answer(
                service.tick(pageId, taskId, Boolean.parseBoolean(done)),
                ticked -> json.write(ticked.report(), ticked.message()));
    }
}
