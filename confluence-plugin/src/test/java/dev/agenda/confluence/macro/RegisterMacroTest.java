package dev.agenda.confluence.macro;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import dev.agenda.core.issues.JiraProjects;
import dev.agenda.core.page.MeetingPageReader;
import dev.agenda.core.render.Templates;
import dev.agenda.core.storage.StorageFormatParser;
import dev.agenda.core.sync.InMemorySyncStateStore;
import dev.agenda.core.sync.SyncRecord;
import dev.agenda.services.jira.JiraAccess;
import dev.agenda.services.jira.JiraSession;
import dev.agenda.services.jira.JiraSite;
import dev.agenda.services.page.HostPage;
import dev.agenda.services.page.Viewer;
import dev.agenda.services.register.RegisterEndpoint;
import dev.agenda.services.register.RegisterScope;
import dev.agenda.services.register.RegisterService;
import dev.agenda.services.status.BackgroundStatusRefresh;
import dev.agenda.sync.status.LiveStatuses;
import dev.agenda.sync.status.StatusMemory;
import dev.agenda.sync.status.StatusWording;
import dev.agenda.testing.ReferencePage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.After;
import org.junit.Test;

/**
 * The register macro as Confluence calls it on page 101 (the first of the DM Weekly series), its siblings the three
 * pages of the series, the services over honest fakes; Jira configured but never to be asked while rendering.
 */
public class RegisterMacroTest {

    private static final List<String> DATES = List.of("2017-11-13", "2017-11-20", "2017-11-27");

    private final Clock clock = Clock.fixed(Instant.parse("2017-11-28T17:00:00Z"), ZoneOffset.UTC);
    private final InMemorySyncStateStore store = new InMemorySyncStateStore();
    private final AtomicReference<RegisterScope> asked = new AtomicReference<>();
    private final StatusMemory memory = new StatusMemory();
    private final LiveStatuses statuses = new LiveStatuses(memory, clock);
    private final BackgroundStatusRefresh background = new BackgroundStatusRefresh(
            new dev.agenda.services.jira.ViewerJiraAccess() {
                @Override
                public <T> T asViewer(String viewerKey, Function<JiraSession, T> work) {
                    throw new AssertionError("rendering never asks Jira");
                }
            },
            statuses);
    private final Map<Long, HostPage> pages = Map.of(101L, page(101, 0), 102L, page(102, 1), 103L, page(103, 2));
    private final RegisterMacro macro = new RegisterMacro(
            new RegisterService(
                    scope -> {
                        asked.set(scope);
                        return Optional.of(List.of(pages.get(101L), pages.get(102L), pages.get(103L)));
                    },
                    id -> Optional.ofNullable(pages.get(id)),
                    (need, page) -> true,
                    () -> Optional.of(new Viewer("ebellm-key", "ebellm", "Eric Bellm")),
                    new StorageFormatParser(),
                    new MeetingPageReader(ReferencePage.users(), JiraProjects.none(), ReferencePage.ZONE),
                    store,
                    JiraAccess.over(
                            () -> {
                                throw new AssertionError("rendering never asks Jira");
                            },
                            new JiraSite(true, "", Optional.of("https://jira.example.org"))),
                    statuses,
                    memory,
                    background,
                    new StatusWording(clock, ReferencePage.ZONE),
                    clock),
            new Templates(),
            webResources(),
            JiraAccess.over(
                    () -> {
                        throw new AssertionError("rendering never asks Jira");
                    },
                    new JiraSite(true, "", Optional.of("https://jira.example.org"))),
            new RegisterEndpoint(""));

    @After
    public void stop() {
        background.close();
    }

    @Test
    public void listsTheSiblingsActionsByDueDateWithTheirMeetingAndOverdueInWords() throws Exception {
        store.save(
                "101",
                new SyncRecord(
                        "101/3",
                        "DM-12813",
                        "1",
                        SyncRecord.Origin.LINKED,
                        "s",
                        Optional.empty(),
                        Optional.empty(),
                        false,
                        false,
                        Instant.EPOCH));

        String html = macro.execute(Map.of("state", "open"), "", onPage(101));

        assertEquals("siblings:101", asked.get().toString());
        assertTrue(html, html.contains("data-register-query=\"state=open&amp;scope=siblings%3A101\""));
        int first = html.indexOf("Schedule the HSC reprocessing run");
        int second = html.indexOf("Draft the SUIT metadata list");
        int undated = html.indexOf("Book the room for the January face-to-face");
        assertTrue(first > 0 && second > first && undated > second);
        assertTrue(html.contains("2017-11-20 · overdue"));
        assertTrue(html.contains("<a href=\"https://wiki/101\">DM Weekly 2017-11-13</a>"));
        assertTrue(html.contains("<a href=\"https://jira.example.org/browse/DM-12813\">DM-12813</a>"));
        assertTrue(
                "a status not known yet is fetched by the page",
                row(html, "101/3").contains(">Checking Jira…</span>"));
        assertTrue("no issue: the page's tick", row(html, "101/1").contains(">Open</span>"));
        assertTrue(html.contains("John Swinbank"));
        assertFalse("done actions are left out", html.contains("Send the PDAC WISE data status"));
    }

    @Test
    public void nothingMatchingSaysSoAndNamesTheFilters() throws Exception {
        String html = macro.execute(Map.of("assignee", "nobody", "overdue", "true"), "", onPage(101));

        assertTrue(html, html.contains("No actions match: assigned to nobody, overdue."));
        assertFalse(html.contains("<table"));
    }

    @Test
    public void aBadParameterIsASentenceSayingWhichAndWhatItAllows() throws Exception {
        String html = macro.execute(Map.of("dueWithin", "soon"), "", onPage(101));

        assertTrue(
                html,
                html.contains("The action register cannot be shown: dueWithin ‘soon’ is not a number of days from 0"));
    }

    /** The markup of the register row of this action. */
    private static String row(String html, String actionId) {
        int start = html.indexOf("<tr class=\"agenda-register-row\" data-action-id=\"" + actionId + "\"");
        assertTrue(actionId + " has a row", start >= 0);
        return html.substring(start, html.indexOf("</tr>", start));
    }

    private static ConversionContext onPage(long id) {
        ConversionContext context = mock(ConversionContext.class);
        AbstractPage page = mock(AbstractPage.class);
        when(page.getId()).thenReturn(id);
        when(context.getEntity()).thenReturn(page);
        return context;
    }

    private static PageBuilderService webResources() {
        PageBuilderService builder = mock(PageBuilderService.class);
        WebResourceAssembler assembler = mock(WebResourceAssembler.class);
        RequiredResources required = mock(RequiredResources.class);
        when(builder.assembler()).thenReturn(assembler);
        when(assembler.resources()).thenReturn(required);
        when(required.requireWebResource(anyString())).thenReturn(required);
        return builder;
    }

    private static HostPage page(long id, int index) {
        String date = DATES.get(index);
        String storage;
        try {
            storage = Files.readString(Path.of("..", "examples", "series", "dm-weekly-" + date + ".xml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new HostPage() {
            @Override
            public long id() {
                return id;
            }

            @Override
            public String title() {
                return "DM Weekly " + date;
            }

            @Override
            public String storage() {
                return storage;
            }

            @Override
            public String address() {
                return "https://wiki/" + id;
            }
        };
    }
}
