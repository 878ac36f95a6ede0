package dev.agenda.confluence.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import dev.agenda.core.export.ActionsJson;
import dev.agenda.services.page.Need;
import dev.agenda.services.page.PageAccess;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /rest/agenda/1.0/pages/{pageId}/actions}: the page's action items as JSON, the same document as
 * {@code agenda actions PAGE.xml}. Readable by whoever may view the page (anonymous users too, where the site and
 * the page allow them); a page that does not exist and a page the caller may not view get the same answer, so the
 * resource does not reveal which pages exist. Anonymous access is REST v2's {@link AnonymousSiteAccess} (the
 * servlet-side annotation of the same name is not what REST v2 documents); built by REST v2 through HK2 with its
 * {@link Inject} constructor.
 */
@Path("pages")
@AnonymousSiteAccess
public class ActionsResource {

    private final PageAccess pages;
    private final ActionsJson json;

    @Inject
    public ActionsResource(PageAccess pages, ActionsJson json) {
        this.pages = pages;
        this.json = json;
    }

    @GET
    @Path("{pageId}/actions")
    @Produces(MediaType.APPLICATION_JSON)
    public Response actions(@PathParam("pageId") String pageId) {
        return RestErrors.answer(
                pages.open(pageId, Need.VIEW),
                ready -> json.write(ready.meeting().actions()));
    }
}
