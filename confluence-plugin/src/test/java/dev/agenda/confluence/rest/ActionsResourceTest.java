package dev.agenda.confluence.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.setup.settings.SettingsManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import dev.agenda.confluence.host.ConfluencePages;
import dev.agenda.confluence.host.ConfluenceUserDirectory;
import dev.agenda.confluence.host.ConfluenceUsers;
import dev.agenda.core.export.ActionsJson;
import dev.agenda.core.issues.JiraProjects;
import dev.agenda.core.page.MeetingPageReader;
import dev.agenda.core.storage.StorageFormatParser;
import dev.agenda.services.Texts;
import dev.agenda.services.page.PageAccess;
import dev.agenda.testing.ReferencePage;
import jakarta.ws.rs.core.Response;
import java.time.ZoneId;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The actions resource over the plugin's Confluence adapters, Confluence's own services mocked. */
public class ActionsResourceTest {

    private final PageManager pageManager = mock(PageManager.class);
    private final PermissionManager permissionManager = mock(PermissionManager.class);
    private final AbstractPage page = mock(AbstractPage.class);
    private final ConfluenceUser viewer = mock(ConfluenceUser.class);
    private final UserAccessor userAccessor = mock(UserAccessor.class);
    private final MeetingPageReader reader =
            new MeetingPageReader(new ConfluenceUserDirectory(userAccessor), JiraProjects.none(), ZoneId.of("UTC"));
    private ActionsResource resource;

    @Before
    public void setUp() {
        when(pageManager.getAbstractPage(65538L)).thenReturn(page);
        when(page.getBodyAsString()).thenReturn(ReferencePage.storage());
        ConfluencePages pages = new ConfluencePages(pageManager, permissionManager, mock(SettingsManager.class));
        resource = new ActionsResource(
                new PageAccess(pages, pages, new ConfluenceUsers(), new StorageFormatParser(), reader, new Texts()),
                new ActionsJson());
        AuthenticatedUserThreadLocal.set(viewer);
    }

    @After
    public void tearDown() {
        AuthenticatedUserThreadLocal.reset();
    }

    @Test
    public void answersTheSameJsonAsTheCommandLine() throws Exception {
        when(permissionManager.hasPermission(viewer, Permission.VIEW, page)).thenReturn(true);

        Response response = resource.actions("65538");

        assertEquals(200, response.getStatus());
        String expected = new ActionsJson()
                .write(reader.readPage("65538", new StorageFormatParser().parse(ReferencePage.storage()))
                        .actions());
        assertEquals(expected, response.getEntity());
        assertTrue(expected.contains("\"id\" : \"65538/10\""));
        assertTrue(expected.contains("\"issueKeys\" : [ \"DM-12813\" ]"));
    }

    @Test
    public void aPageTheViewerMayNotSeeLooksLikeAMissingPage() {
        when(permissionManager.hasPermission(viewer, Permission.VIEW, page)).thenReturn(false);

        Response hidden = resource.actions("65538");
        Response missing = resource.actions("404");

        assertEquals(404, hidden.getStatus());
        assertEquals(404, missing.getStatus());
        assertEquals(
                "the same words for both",
                hidden.getEntity().toString().replace("65538", "404"),
                missing.getEntity().toString());
        assertTrue(hidden.getEntity().toString().contains("does not exist or you do not have permission to view it"));
    }

    @Test
    public void anEditPermissionIsNotAskedForAndAnonymousViewersAreChecked() {
        AuthenticatedUserThreadLocal.reset();
        when(permissionManager.hasPermission(null, Permission.VIEW, page)).thenReturn(true);

        assertEquals(200, resource.actions("65538").getStatus());
    }

    @Test
    public void aPageIdThatIsNotANumberIsABadRequest() {
        Response response = resource.actions("abc");

        assertEquals(400, response.getStatus());
        assertTrue(response.getEntity().toString().contains("‘abc’ is not a page id"));
    }

    @Test
    public void aPageWhoseBodyCannotBeReadSaysWhere() {
        when(permissionManager.hasPermission(viewer, Permission.VIEW, page)).thenReturn(true);
        when(page.getBodyAsString()).thenReturn("<p>\n<b>broken</p>");

        Response response = resource.actions("65538");

        assertEquals(422, response.getStatus());
        assertTrue(
                response.getEntity().toString(), response.getEntity().toString().contains("line 2"));
    }
}
