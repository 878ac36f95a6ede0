package dev.agenda.confluence.rest;

import com.atlassian.annotations.security.AnonymousSiteAccess;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import dev.agenda.confluence.host.CurrentUser;
import dev.agenda.core.export.ActionsJson;
import dev.agenda.core.page.MeetingPage;
import dev.agenda.core.page.MeetingPageReader;
import dev.agenda.core.storage.StorageFormatException;
import dev.agenda.core.storage.StorageFormatParser;
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
 * resource does not reveal which pages exist.
 */
@Path("pages")
@AnonymousSiteAccess
public class ActionsResource {

    private final PageManager pageManager;
    private final PermissionManager permissionManager;
    private final CurrentUser currentUser;
    private final StorageFormatParser parser;
    private final MeetingPageReader reader;
    private final ActionsJson json;

    public ActionsResource(PageManager pageManager, PermissionManager permissionManager, CurrentUser currentUser,
                           StorageFormatParser parser, MeetingPageReader reader, ActionsJson json) {
        this.pageManager = pageManager;
        this.permissionManager = permissionManager;
        this.currentUser = currentUser;
        this.parser = parser;
        this.reader = reader;
        this.json = json;
    }

    @GET
    @Path("{pageId}/actions")
    @Produces(MediaType.APPLICATION_JSON)
    public Response actions(@PathParam("pageId") String pageId) {
        long id;
        try {
            id = Long.parseLong(pageId);
        } catch (NumberFormatException e) {
            return RestErrors.badRequest("‘" + pageId + "’ is not a page id; page ids are numbers.");
        }
        AbstractPage page = pageManager.getAbstractPage(id);
        if (page == null || !permissionManager.hasPermission(currentUser.get(), Permission.VIEW, page)) {
            return RestErrors.notFound("Page " + id + " does not exist or you do not have permission to view it.");
        }
        try {
            MeetingPage meeting = reader.readPage(String.valueOf(id), parser.parse(page.getBodyAsString()));
            return Response.ok(json.write(meeting.actions()), MediaType.APPLICATION_JSON_TYPE).build();
        } catch (StorageFormatException e) {
            return RestErrors.unprocessable("Page " + id + " could not be read: " + e.getMessage());
        }
    }
}
