package dev.agenda.confluence.macro;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.content.render.xhtml.macro.annotation.Format;
import com.atlassian.confluence.content.render.xhtml.macro.annotation.RequiresFormat;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.setup.settings.Settings;
import com.atlassian.confluence.setup.settings.SettingsManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.confluence.xhtml.api.XhtmlContent;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import dev.agenda.confluence.PluginKeys;
import dev.agenda.confluence.host.ConfluencePages;
import dev.agenda.confluence.host.ConfluenceUserDirectory;
import dev.agenda.core.issues.JiraProjects;
import dev.agenda.core.render.AgendaMacroView;
import dev.agenda.core.render.AgendaRenderer;
import dev.agenda.core.render.Templates;
import dev.agenda.core.storage.StorageFormatParser;
import dev.agenda.core.sync.InMemorySyncStateStore;
import dev.agenda.core.sync.SyncRecord;
import dev.agenda.services.jira.JiraAccess;
import dev.agenda.services.jira.JiraSite;
import dev.agenda.services.status.LiveStatusSource;
import dev.agenda.testing.ReferencePage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The macro as Confluence calls it, Confluence's services mocked, its pages through the plugin's adapter. */
public class AgendaMacroTest {

    private static final Templates TEMPLATES = new Templates();

    private final PageBuilderService pageBuilderService = mock(PageBuilderService.class);
    private final RequiredResources requiredResources = mock(RequiredResources.class);
    private final XhtmlContent xhtmlContent = mock(XhtmlContent.class);
    private final UserAccessor userAccessor = mock(UserAccessor.class);
    private final ConversionContext conversionContext = mock(ConversionContext.class);
    private final AbstractPage page = mock(AbstractPage.class);
    private final PageManager pageManager = mock(PageManager.class);
    private final PermissionManager permissionManager = mock(PermissionManager.class);
    private final ConfluencePages pages =
            new ConfluencePages(pageManager, permissionManager, mock(SettingsManager.class));
    private final SettingsManager siteSettings = mock(SettingsManager.class);
    private AgendaMacro macro;

    @Before
    public void setUp() {
        WebResourceAssembler assembler = mock(WebResourceAssembler.class);
        when(pageBuilderService.assembler()).thenReturn(assembler);
        when(assembler.resources()).thenReturn(requiredResources);
        when(conversionContext.getEntity()).thenReturn(page);
        when(page.getId()).thenReturn(65538L);
        when(pageManager.getAbstractPage(65538L)).thenReturn(page);
        Settings settings = mock(Settings.class);
        when(siteSettings.getGlobalSettings()).thenReturn(settings);
        when(settings.getBaseUrl()).thenReturn("https://confluence.example.org/");
        ConfluenceUser wil = mock(ConfluenceUser.class);
        when(wil.getName()).thenReturn("womullane");
        when(wil.getFullName()).thenReturn("Wil O'Mullane");
        when(userAccessor.getUserByName("womullane")).thenReturn(wil);
        AgendaMacroView view =
                new AgendaMacroView(new StorageFormatParser(), new AgendaRenderer(TEMPLATES), JiraProjects.none());
        Clock duringWelcome = Clock.fixed(Instant.parse("2017-11-02T16:10:00Z"), ZoneOffset.UTC);
        macro = new AgendaMacro(
                view,
                pageBuilderService,
                xhtmlContent,
                new ConfluenceUserDirectory(userAccessor),
                duringWelcome,
                ZoneId.of("UTC"),
                new LiveStatusSource(
                        JiraAccess.over(
                                () -> {
                                    throw new AssertionError("rendering must not open a Jira session");
                                },
                                JiraSite.none()),
                        pages,
                        pages,
                        new InMemorySyncStateStore(),
                        ""),
                siteSettings);
    }

    @After
    public void tearDown() {
        AuthenticatedUserThreadLocal.reset();
    }

    private static int count(String html, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(html);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    @Test
    public void asksConfluenceForItsBodyInStorageFormat() throws Exception {
        RequiresFormat format = AgendaMacro.class
                .getMethod("execute", Map.class, String.class, ConversionContext.class)
                .getAnnotation(RequiresFormat.class);

        assertEquals(Format.Storage, format.value());
        assertEquals(Macro.BodyType.RICH_TEXT, macro.getBodyType());
        assertEquals(Macro.OutputType.BLOCK, macro.getOutputType());
    }

    @Test
    public void rendersTheReferenceAgendaFromItsStorageFormatBody() throws Exception {
        String html = macro.execute(ReferencePage.agendaParameters(0), ReferencePage.agendaBody(0), conversionContext);

        assertEquals(15, count(html, "<tr class=\"agenda-item"));
        assertEquals(8, count(html, "<li class=\"agenda-task"));
        assertTrue(html.contains("data-action-id=\"65538/4\""));
        assertTrue("names come from Confluence's users", html.contains(">Wil O&#39;Mullane</span>"));
        assertTrue(html.contains(">Unknown User (swinbank)</span>"));
        assertTrue("09:00 in Phoenix is 16:00Z", html.contains("aria-current=\"time\""));
        verify(requiredResources).requireWebResource(PluginKeys.WEB_RESOURCES);
        verify(xhtmlContent, never()).convertStorageToView(anyString(), any());
    }

    @Test
    public void withJiraLinkedTheKeysTrackingActionsComeFromTheSyncStateAndJiraIsNotAsked() throws Exception {
        InMemorySyncStateStore store = new InMemorySyncStateStore();
        store.save(
                "65538",
                new SyncRecord(
                        "65538/4",
                        "DM-20001",
                        "20001",
                        SyncRecord.Origin.CREATED,
                        "Get together",
                        Optional.empty(),
                        Optional.empty(),
                        false,
                        false,
                        Instant.parse("2017-11-03T00:00:00Z")));
        ConfluenceUser editor = mock(ConfluenceUser.class);
        when(permissionManager.hasPermission(editor, Permission.EDIT, page)).thenReturn(true);
        AuthenticatedUserThreadLocal.set(editor);
        JiraAccess neverAsked = JiraAccess.over(
                () -> {
                    throw new AssertionError("rendering must not open a Jira session");
                },
                new JiraSite(true, "", Optional.of("https://jira.example.org")));
        AgendaMacro live = new AgendaMacro(
                new AgendaMacroView(new StorageFormatParser(), new AgendaRenderer(TEMPLATES), JiraProjects.none()),
                pageBuilderService,
                xhtmlContent,
                new ConfluenceUserDirectory(userAccessor),
                Clock.systemUTC(),
                ZoneId.of("UTC"),
                new LiveStatusSource(neverAsked, pages, pages, store, ""),
                siteSettings);

        String html = live.execute(ReferencePage.agendaParameters(0), ReferencePage.agendaBody(0), conversionContext);

        assertTrue(html.contains("data-agenda-live=\"true\" data-page-id=\"65538\""));
        assertTrue(
                "no rest base: the page script finds it under Confluence's context path",
                !html.contains("data-rest-base"));
        assertTrue(html.contains(
                "data-issue-key=\"DM-20001\" data-tracks-action=\"65538/4\"><a class=\"agenda-issue-key\" "
                        + "href=\"https://jira.example.org/browse/DM-20001\">DM-20001</a>"));
        assertEquals("the other seven are not in Jira yet", 7, count(html, "data-not-in-jira-for="));
        assertTrue("an editor gets the Sync button", html.contains("agenda-sync-button"));
        assertEquals(
                "and tickable tasks, in the notes and the actions table",
                16,
                count(html, "<input[^>]*class=\"[^\"]*agenda-tick"));
    }

    @Test
    public void aViewerWhoMayNotEditGetsNoSyncButtonAndNoTickableTasks() throws Exception {
        JiraAccess linked = JiraAccess.over(
                () -> {
                    throw new AssertionError("rendering must not open a Jira session");
                },
                new JiraSite(true, "", Optional.empty()));
        AgendaMacro live = new AgendaMacro(
                new AgendaMacroView(new StorageFormatParser(), new AgendaRenderer(TEMPLATES), JiraProjects.none()),
                pageBuilderService,
                xhtmlContent,
                new ConfluenceUserDirectory(userAccessor),
                Clock.systemUTC(),
                ZoneId.of("UTC"),
                new LiveStatusSource(linked, pages, pages, new InMemorySyncStateStore(), ""),
                siteSettings);

        String html = live.execute(ReferencePage.agendaParameters(0), ReferencePage.agendaBody(0), conversionContext);

        assertTrue(html.contains("agenda-refresh-button"));
        assertTrue(!html.contains("agenda-sync-button"));
        assertEquals(0, count(html, "<input[^>]*class=\"[^\"]*agenda-tick"));
    }

    @Test
    public void confluenceRendersTheMacrosTheAgendaDoesNotKnow() throws Exception {
        when(xhtmlContent.convertStorageToView(contains("ac:name=\"status\""), any()))
                .thenReturn("<span class=\"status-macro aui-lozenge\">CONFLUENCE</span>");

        String html = macro.execute(
                Map.of(),
                "<table><tr><td>9:00</td><td>Status <ac:structured-macro "
                        + "ac:name=\"status\"><ac:parameter ac:name=\"title\">x</ac:parameter></ac:structured-macro>"
                        + "</td>"
                        + "</tr></table>",
                conversionContext);

        assertTrue(html.contains("<span class=\"status-macro aui-lozenge\">CONFLUENCE</span>"));
    }

    @Test
    public void aBodyThatCannotBeReadSaysWhereInsteadOfFailingThePage() {
        String html = macro.execute(Map.of(), "<table><tr><td>9:00</td></tr>\n<tr><td>x</table>", conversionContext);

        assertTrue(html, html.contains("This agenda’s content could not be read"));
        assertTrue(html, html.contains("line 2"));
    }

    @Test
    public void anUnsavedPageStillGetsActionIds() {
        when(conversionContext.getEntity()).thenReturn(null);

        String html = macro.execute(
                Map.of(),
                "<ac:task-list><ac:task><ac:task-id>1</ac:task-id><ac:task-status>"
                        + "incomplete</ac:task-status><ac:task-body>x</ac:task-body></ac:task></ac:task-list>",
                conversionContext);

        assertTrue(html.contains("data-action-id=\"unsaved/1\""));
    }

    @Test
    public void aSavedPagesAgendaLinksToItsCalendarFileUnderTheSitesBaseUrl() throws Exception {
        String html = macro.execute(ReferencePage.agendaParameters(0), ReferencePage.agendaBody(0), conversionContext);

        assertTrue(
                html,
                html.contains("<p class=\"agenda-calendar-link\"><a href=\"https://confluence.example.org/rest/agenda/"
                        + "1.0/pages/65538/agenda.ics\""));
        assertTrue(html, html.contains(">Add to calendar (.ics)</a></p>"));
    }

    @Test
    public void theEditorsPreviewOfAnUnsavedPageOffersNoCalendarFile() throws Exception {
        when(conversionContext.getEntity()).thenReturn(null);

        String html = macro.execute(ReferencePage.agendaParameters(0), ReferencePage.agendaBody(0), conversionContext);

        assertTrue(html, !html.contains("agenda-calendar-link"));
    }
}
