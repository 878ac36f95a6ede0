package dev.agenda.confluence.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import dev.agenda.services.register.RegisterRequest;
import dev.agenda.services.register.RegisterService;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /rest/agenda/1.0/actions?scope=children:65538&assignee=me&state=open&overdue=true&dueWithin=7&project=DM
 * [&refresh=true]}: the action register across the scope's meeting pages, as the viewer may see it
 * ({@link RegisterReportJson}) — a page the viewer may not view is never read, and a scope around such a page lists
 * nothing. Statuses come from one batched Jira look-up as the viewer. Changes nothing (the viewer's status cache
 * aside).
 * 400 naming the parameter and what it allows for a bad value. Anonymous viewers may ask, and see only what anonymous
 * viewers may ({@link AnonymousSiteAccess}, REST v2's); built by REST v2 through HK2 with its {@link Inject}
 * constructor.
 */
@Path("actions")
@AnonymousSiteAccess
public class RegisterResource {

    private final RegisterService service;
    private final RegisterReportJson json;

    @Inject
    public RegisterResource(RegisterService service, RegisterReportJson json) {
        this.service = service;
        this.json = json;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response actions(
            @QueryParam("scope") @DefaultValue("") String scope,
            @QueryParam("assignee") @DefaultValue("") String assignee,
            @QueryParam("state") @DefaultValue("") String state,
            @QueryParam("overdue") @DefaultValue("") String overdue,
            @QueryParam("dueWithin") @DefaultValue("") String dueWithin,
            @QueryParam("project") @DefaultValue("") String project,
            @QueryParam("refresh") @DefaultValue("false") boolean refresh) {
        return RestErrors.answer(
                service.register(new RegisterRequest(scope, assignee, state, overdue, dueWithin, project), refresh),
                json::write);
    }
}
