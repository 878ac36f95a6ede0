package dev.agenda.confluence.host;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.core.ContentPermissionManager;
import com.atlassian.confluence.core.DefaultSaveContext;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.setup.settings.Settings;
import com.atlassian.confluence.setup.settings.SettingsManager;
import com.atlassian.confluence.spaces.Space;
import dev.agenda.services.page.HostPage;
import dev.agenda.services.series.PageCreation;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.Test;
import org.mockito.InOrder;
import org.mockito.MockedConstruction;

/** The next meeting's page in Confluence: a sibling with the same space, parent and restrictions. */
public class ConfluencePageCreationTest {

    private static final long PREVIOUS_ID = 65538L;
    private static final long NEXT_ID = 65601L;

    private final PageManager pageManager = mock(PageManager.class);
    private final ContentPermissionManager restrictions = mock(ContentPermissionManager.class);
    private final SettingsManager settingsManager = mock(SettingsManager.class);
    private final ConfluencePages pages =
            new ConfluencePages(pageManager, mock(PermissionManager.class), settingsManager);
    private final ConfluencePageCreation creation = new ConfluencePageCreation(pageManager, restrictions, pages);
    private final Page previous = mock(Page.class);
    private final Page parent = mock(Page.class);
    private final Space space = mock(Space.class);

    public ConfluencePageCreationTest() {
        Settings settings = mock(Settings.class);
        when(settings.getBaseUrl()).thenReturn("https://confluence.example.org");
        when(settingsManager.getGlobalSettings()).thenReturn(settings);
        when(space.getKey()).thenReturn("DM");
        when(previous.getId()).thenReturn(PREVIOUS_ID);
        when(previous.getTitle()).thenReturn("DM Weekly 2017-11-20");
        when(previous.getSpace()).thenReturn(space);
        when(previous.getParent()).thenReturn(parent);
        when(previous.getBodyAsString()).thenReturn("<p>Minutes.</p>");
        when(pageManager.getAbstractPage(PREVIOUS_ID)).thenReturn(previous);
    }

    private HostPage previousPage() {
        return pages.find(PREVIOUS_ID).orElseThrow();
    }

    @Test
    public void theNewPageIsASiblingInTheSameSpaceWithTheSameRestrictionsSavedOnce() {
        AtomicReference<Page> made = new AtomicReference<>();
        try (MockedConstruction<Page> constructed = mockConstruction(Page.class, (page, context) -> {
            when(page.getId()).thenReturn(NEXT_ID);
            when(page.getTitle()).thenReturn("DM Weekly 2017-11-27");
            when(page.getUrlPath()).thenReturn("/pages/viewpage.action?pageId=65601");
            when(pageManager.getAbstractPage(NEXT_ID)).thenReturn(page);
            made.set(page);
        })) {
            HostPage next = creation.createBeside(previousPage(), "DM Weekly 2017-11-27", "<p>storage</p>");

            Page page = made.get();
            assertEquals(1, constructed.constructed().size());
            assertEquals(NEXT_ID, next.id());
            assertEquals("https://confluence.example.org/pages/viewpage.action?pageId=65601", next.address());
            InOrder order = inOrder(page, parent, pageManager, restrictions);
            order.verify(page).setTitle("DM Weekly 2017-11-27");
            order.verify(page).setSpace(space);
            order.verify(page).setBodyAsString("<p>storage</p>");
            order.verify(page).setParentPage(parent);
            order.verify(parent).addChild(page);
            order.verify(pageManager).saveContentEntity(page, DefaultSaveContext.DEFAULT);
            order.verify(restrictions).copyContentPermissions(previous, page);
        }
    }

    @Test
    public void aPageWithTheTitleInTheSpaceIsFoundAndNeverMadeAgain() {
        Page there = mock(Page.class);
        when(there.getId()).thenReturn(NEXT_ID);
        when(pageManager.getAbstractPage(NEXT_ID)).thenReturn(there);
        when(pageManager.getPage("DM", "DM Weekly 2017-11-27")).thenReturn(there);

        assertEquals(
                NEXT_ID,
                creation.pageTitled(previousPage(), "DM Weekly 2017-11-27")
                        .orElseThrow()
                        .id());
        assertTrue(creation.pageTitled(previousPage(), "DM Weekly 2017-12-04").isEmpty());
        assertThrows(
                PageCreation.PageExistsException.class,
                () -> creation.createBeside(previousPage(), "DM Weekly 2017-11-27", "<p/>"));
        verify(pageManager, never()).saveContentEntity(any(), any());
    }

    @Test
    public void thePreviousPageGetsALinkToTheNextSavedAsAMinorEdit() {
        Page next = mock(Page.class);
        when(next.getId()).thenReturn(NEXT_ID);
        when(next.getTitle()).thenReturn("DM Weekly 2017-11-27");
        when(pageManager.getAbstractPage(NEXT_ID)).thenReturn(next);
        AtomicReference<String> body = new AtomicReference<>();
        doAnswer(call -> {
                    body.set(call.getArgument(0));
                    return null;
                })
                .when(previous)
                .setBodyAsString(any());

        creation.linkToNext(previousPage(), pages.find(NEXT_ID).orElseThrow());

        assertEquals(
                "<p>Minutes.</p><p>Next meeting: <ac:link><ri:page ri:content-title=\"DM Weekly 2017-11-27\" />"
                        + "</ac:link></p>",
                body.get());
        verify(pageManager).saveContentEntity(previous, DefaultSaveContext.MINOR_EDIT);
    }
}
