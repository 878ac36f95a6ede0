package dev.agenda.confluence.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.labels.LabelManager;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.setup.settings.Settings;
import com.atlassian.confluence.setup.settings.SettingsManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agenda.confluence.host.ConfluencePageScopes;
import dev.agenda.confluence.host.ConfluencePages;
import dev.agenda.confluence.host.ConfluenceUserDirectory;
import dev.agenda.confluence.host.ConfluenceUsers;
import dev.agenda.core.issues.JiraProjects;
import dev.agenda.core.page.MeetingPageReader;
import dev.agenda.core.storage.StorageFormatParser;
import dev.agenda.core.sync.InMemorySyncStateStore;
import dev.agenda.core.tracker.Result;
import dev.agenda.core.tracker.TrackerError;
import dev.agenda.services.jira.JiraAccess;
import dev.agenda.services.jira.JiraSession;
import dev.agenda.services.jira.JiraSite;
import dev.agenda.services.jira.ViewerJiraAccess;
import dev.agenda.services.register.RegisterService;
import dev.agenda.services.status.BackgroundStatusRefresh;
import dev.agenda.sync.status.LiveStatuses;
import dev.agenda.sync.status.StatusMemory;
import dev.agenda.sync.status.StatusWording;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The register resource over the plugin's Confluence adapters ({@link ConfluencePages}, {@link ConfluencePageScopes}),
 * Confluence's own services mocked: the series of three DM Weekly pages as children of page 100 in space DM, the
 * viewer allowed to see the first two only.
 */
public class RegisterResourceTest {

    private static final List<String> DATES = List.of("2017-11-13", "2017-11-20", "2017-11-27");

    private final PageManager pageManager = mock(PageManager.class);
    private final SpaceManager spaceManager = mock(SpaceManager.class);
    private final LabelManager labelManager = mock(LabelManager.class);
    private final PermissionManager permissionManager = mock(PermissionManager.class);
    private final ConfluenceUser viewer = mock(ConfluenceUser.class);
    private final Page parent = mock(Page.class);
    private final List<Page> meetings = new ArrayList<>();
    private final Clock clock = Clock.fixed(Instant.parse("2017-11-28T17:00:00Z"), ZoneOffset.UTC);
    private final StatusMemory memory = new StatusMemory();
    private final LiveStatuses statuses = new LiveStatuses(memory, clock);
    private BackgroundStatusRefresh background;
    private RegisterResource resource;

    @Before
    public void setUp() {
        SettingsManager settingsManager = mock(SettingsManager.class);
        Settings settings = mock(Settings.class);
        when(settingsManager.getGlobalSettings()).thenReturn(settings);
        when(settings.getBaseUrl()).thenReturn("https://wiki.example.org");
        when(pageManager.getAbstractPage(100L)).thenReturn(parent);
        when(parent.getId()).thenReturn(100L);
        when(parent.getBodyAsString()).thenReturn("<p>The DM Weekly series</p>");
        when(parent.getUrlPath()).thenReturn("/display/DM/DM+Weekly");
        when(parent.getTitle()).thenReturn("DM Weekly");
        when(permissionManager.hasPermission(viewer, Permission.VIEW, parent)).thenReturn(true);
        for (int i = 0; i < DATES.size(); i++) {
            Page meeting = mock(Page.class);
            long id = 101 + i;
            when(meeting.getId()).thenReturn(id);
            when(meeting.getTitle()).thenReturn("DM Weekly " + DATES.get(i));
            when(meeting.getBodyAsString()).thenReturn(series(DATES.get(i)));
            when(meeting.getUrlPath()).thenReturn("/pages/viewpage.action?pageId=" + id);
            when(meeting.getParent()).thenReturn(parent);
            when(pageManager.getAbstractPage(id)).thenReturn(meeting);
            meetings.add(meeting);
        }
        when(parent.getChildren()).thenReturn(meetings);
        when(permissionManager.hasPermission(viewer, Permission.VIEW, meetings.get(0)))
                .thenReturn(true);
        when(permissionManager.hasPermission(viewer, Permission.VIEW, meetings.get(1)))
                .thenReturn(true);
        Space space = mock(Space.class);
        when(spaceManager.getSpace("DM")).thenReturn(space);
        when(pageManager.getPages(space, true)).thenReturn(List.of(parent, meetings.get(0), meetings.get(2)));
        Label meeting = mock(Label.class);
        when(labelManager.getLabel("meeting")).thenReturn(meeting);
        when(labelManager.getCurrentContentForLabel(meeting)).thenAnswer(call -> List.of(meetings.get(1)));

        ConfluencePages pages = new ConfluencePages(pageManager, permissionManager, settingsManager);
        background = new BackgroundStatusRefresh(
                new ViewerJiraAccess() {
                    @Override
                    public <T> T asViewer(String viewerKey, Function<JiraSession, T> work) {
                        return work.apply(noJira());
                    }
                },
                statuses);
        RegisterService service = new RegisterService(
                new ConfluencePageScopes(pageManager, spaceManager, labelManager, pages),
                pages,
                pages,
                new ConfluenceUsers(),
                new StorageFormatParser(),
                new MeetingPageReader(
                        new ConfluenceUserDirectory(mock(UserAccessor.class)), JiraProjects.none(), ZoneId.of("UTC")),
                new InMemorySyncStateStore(),
                JiraAccess.over(RegisterResourceTest::noJira, JiraSite.none()),
                statuses,
                memory,
                background,
                new StatusWording(clock, ZoneId.of("UTC")),
                clock);
        resource = new RegisterResource(service, new RegisterReportJson());
        AuthenticatedUserThreadLocal.set(viewer);
        when(viewer.getName()).thenReturn("swinbank");
    }

    @After
    public void tearDown() {
        AuthenticatedUserThreadLocal.reset();
        background.close();
    }

    @Test
    public void theChildrenOfAPageListOnlyThoseTheViewerMaySeeSortedByDueDate() throws Exception {
        JsonNode answer = ok(resource.actions("children:100", "", "", "", "", "", false));

        List<String> ids = new ArrayList<>();
        answer.get("actions").forEach(action -> ids.add(action.get("id").asText()));
        assertEquals(List.of("101/2", "102/3", "101/1", "101/3", "102/1", "102/2", "102/4"), ids);
        JsonNode first = answer.get("actions").get(0);
        assertEquals("DM Weekly 2017-11-13", first.get("pageTitle").asText());
        assertEquals(
                "https://wiki.example.org/pages/viewpage.action?pageId=101",
                first.get("pageAddress").asText());
        assertEquals("2017-11-13", first.get("meetingDate").asText());
        assertEquals("children:100", answer.get("scope").asText());
    }

    @Test
    public void theFiltersApplyAndMeIsTheViewer() throws Exception {
        JsonNode answer = ok(resource.actions("children:100", "me", "open", "true", "", "DM", false));

        assertEquals(1, answer.get("actions").size());
        assertEquals("101/1", answer.get("actions").get(0).get("id").asText());
        assertTrue(answer.get("actions").get(0).get("overdue").asBoolean());
        assertEquals(
                "[\"assigned to swinbank\",\"open\",\"overdue\",\"in project DM\"]",
                answer.get("filters").toString());
    }

    @Test
    public void aSpaceListsItsPagesTheViewerMaySeeAndSiblingsAreTheParentsChildren() throws Exception {
        JsonNode space = ok(resource.actions("space:DM", "", "", "", "", "", false));
        JsonNode siblings = ok(resource.actions("siblings:102", "", "", "", "", "", false));

        assertEquals(3, space.get("actions").size());
        assertTrue(space.get("actions").findValuesAsText("page").stream().allMatch("101"::equals));
        assertEquals(7, siblings.get("actions").size());
    }

    @Test
    public void aLabelListsThePagesWithItAndALabelNobodyUsedListsNothing() throws Exception {
        JsonNode labelled = ok(resource.actions("label:meeting", "", "", "", "", "", false));
        JsonNode unknown = ok(resource.actions("label:nobody-used-it", "", "", "", "", "", false));

        assertEquals(4, labelled.get("actions").size());
        assertTrue(labelled.get("actions").findValuesAsText("page").stream().allMatch("102"::equals));
        assertEquals("label:meeting", labelled.get("scope").asText());
        assertEquals(0, unknown.get("actions").size());
    }

    @Test
    public void aScopeAroundAPageTheViewerMayNotSeeListsNothing() throws Exception {
        JsonNode answer = ok(resource.actions("siblings:103", "", "", "", "", "", false));

        assertEquals(0, answer.get("actions").size());
    }

    @Test
    public void aBadValueIs400NamingTheParameterAndWhatIsAllowed() {
        Response response = resource.actions("children:100", "", "", "", "soon", "", false);
        Response all = resource.actions("all", "", "", "", "", "", false);

        assertEquals(400, response.getStatus());
        assertTrue(
                response.getEntity().toString(),
                response.getEntity().toString().contains("dueWithin ‘soon’ is not a number of days from 0 to 3650."));
        assertEquals(400, all.getStatus());
        assertTrue(all.getEntity().toString().contains("scope ‘all’ is not offered by this host."));
    }

    private static JsonNode ok(Response response) throws IOException {
        assertEquals(response.getEntity().toString(), 200, response.getStatus());
        return new ObjectMapper().readTree((String) response.getEntity());
    }

    private static JiraSession noJira() {
        return JiraSession.of(Result.failed(TrackerError.of(TrackerError.Kind.UNAVAILABLE, "no Jira")));
    }

    private static String series(String date) {
        try {
            return Files.readString(Path.of("..", "examples", "series", "dm-weekly-" + date + ".xml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
