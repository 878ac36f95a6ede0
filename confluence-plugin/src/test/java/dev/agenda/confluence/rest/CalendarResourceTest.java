package dev.agenda.confluence.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.setup.settings.Settings;
import com.atlassian.confluence.setup.settings.SettingsManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import dev.agenda.confluence.host.ConfluencePages;
import dev.agenda.confluence.host.ConfluenceUserDirectory;
import dev.agenda.confluence.host.ConfluenceUsers;
import dev.agenda.core.calendar.AgendaCalendar;
import dev.agenda.core.issues.JiraProjects;
import dev.agenda.core.page.MeetingPageReader;
import dev.agenda.core.storage.StorageFormatParser;
import dev.agenda.services.Texts;
import dev.agenda.services.page.PageAccess;
import dev.agenda.testing.ReferencePage;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The calendar resource over the plugin's Confluence adapters, Confluence's own services mocked. */
public class CalendarResourceTest {

    private final PageManager pageManager = mock(PageManager.class);
    private final PermissionManager permissionManager = mock(PermissionManager.class);
    private final SettingsManager settingsManager = mock(SettingsManager.class);
    private final Settings settings = mock(Settings.class);
    private final AbstractPage page = mock(AbstractPage.class);
    private final ConfluenceUser viewer = mock(ConfluenceUser.class);
    private final UserAccessor userAccessor = mock(UserAccessor.class);
    private final ConfluenceUserDirectory users = new ConfluenceUserDirectory(userAccessor);
    private CalendarResource resource;

    @Before
    public void setUp() {
        when(pageManager.getAbstractPage(65538L)).thenReturn(page);
        when(page.getId()).thenReturn(65538L);
        when(page.getTitle()).thenReturn("DMLT F2F “Tucson” 2017/11");
        when(page.getUrlPath()).thenReturn("/pages/viewpage.action?pageId=65538");
        when(page.getBodyAsString()).thenReturn(ReferencePage.storage());
        when(settingsManager.getGlobalSettings()).thenReturn(settings);
        when(settings.getBaseUrl()).thenReturn("https://confluence.example.org");
        ConfluencePages pages = new ConfluencePages(pageManager, permissionManager, settingsManager);
        MeetingPageReader reader = new MeetingPageReader(users, JiraProjects.none(), ZoneId.of("UTC"));
        resource = new CalendarResource(
                new PageAccess(pages, pages, new ConfluenceUsers(), new StorageFormatParser(), reader, new Texts()),
                new AgendaCalendar(Clock.fixed(Instant.parse("2026-11-30T04:00:00Z"), ZoneOffset.UTC), users));
        AuthenticatedUserThreadLocal.set(viewer);
    }

    @After
    public void tearDown() {
        AuthenticatedUserThreadLocal.reset();
    }

    @Test
    public void aViewerGetsTheAgendaDaysAsACalendarFileNamedAfterThePage() throws Exception {
        when(permissionManager.hasPermission(viewer, Permission.VIEW, page)).thenReturn(true);

        Response response = resource.calendar("65538");

        assertEquals(200, response.getStatus());
        assertTrue(response.getMediaType().isCompatible(new MediaType("text", "calendar")));
        assertEquals("utf-8", response.getMediaType().getParameters().get("charset"));
        assertEquals(
                "attachment; filename=\"DMLT F2F _Tucson_ 2017_11.ics\"; "
                        + "filename*=UTF-8''DMLT%20F2F%20%E2%80%9CTucson%E2%80%9D%202017_11.ics",
                response.getHeaderString(HttpHeaders.CONTENT_DISPOSITION));
        Calendar calendar = new CalendarBuilder()
                .build(new StringReader(response.getEntity().toString()));
        assertFalse(calendar.validate().hasErrors());
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertEquals(2, events.size());
        VEvent day1 = events.get(0);
        assertEquals(
                "https://confluence.example.org/pages/viewpage.action?pageId=65538",
                day1.getProperty(Property.URL).map(Property::getValue).orElseThrow());
        assertEquals(
                "65538-6f1c2a0e-1d2b-4c1e-9a51-0d7b1e2f0001-20171102@agenda.dev",
                day1.getProperty(Property.UID).map(Property::getValue).orElseThrow());
        assertEquals(
                "DMLT F2F “Tucson” 2017/11: Day 1",
                day1.getProperty(Property.SUMMARY).map(Property::getValue).orElseThrow());
    }

    @Test
    public void anonymousViewersOfAPublicPageGetItToo() {
        AuthenticatedUserThreadLocal.reset();
        when(permissionManager.hasPermission(null, Permission.VIEW, page)).thenReturn(true);

        assertEquals(200, resource.calendar("65538").getStatus());
    }

    @Test
    public void aPageTheViewerMayNotSeeLooksLikeAMissingPage() {
        when(permissionManager.hasPermission(viewer, Permission.VIEW, page)).thenReturn(false);

        Response hidden = resource.calendar("65538");
        Response missing = resource.calendar("404");

        assertEquals(404, hidden.getStatus());
        assertEquals(404, missing.getStatus());
        assertEquals(
                hidden.getEntity().toString().replace("65538", "404"),
                missing.getEntity().toString());
        assertFalse(hidden.getEntity().toString().contains("BEGIN:VCALENDAR"));
    }

    @Test
    public void anAgendaWithoutADateIsUnprocessableAndSaysWhichAgenda() {
        when(permissionManager.hasPermission(viewer, Permission.VIEW, page)).thenReturn(true);
        when(page.getBodyAsString())
                .thenReturn(ReferencePage.storage()
                        .replace("<ac:parameter ac:name=\"date\">2017-11-03</ac:parameter>", ""));

        Response response = resource.calendar("65538");

        assertEquals(422, response.getStatus());
        assertEquals("application/json", response.getMediaType().toString());
        assertTrue(
                response.getEntity().toString(),
                response.getEntity().toString().contains("The agenda ‘Day 2’ (second of 2, at line 67"));
    }
}
