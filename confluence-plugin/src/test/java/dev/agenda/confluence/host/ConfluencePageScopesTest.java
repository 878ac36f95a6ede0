package dev.agenda.confluence.host;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.labels.LabelManager;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.setup.settings.SettingsManager;
import com.atlassian.confluence.spaces.SpaceManager;
import dev.agenda.services.page.HostPage;
import dev.agenda.services.register.RegisterScope;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

/** The register's label scope in Confluence: the current pages with the label, and nothing else it labels. */
public class ConfluencePageScopesTest {

    private final PageManager pageManager = mock(PageManager.class);
    private final LabelManager labelManager = mock(LabelManager.class);
    private final ConfluencePageScopes scopes = new ConfluencePageScopes(
            pageManager,
            mock(SpaceManager.class),
            labelManager,
            new ConfluencePages(pageManager, mock(PermissionManager.class), mock(SettingsManager.class)));

    @Test
    public void aLabelListsOnlyItsCurrentPagesByIdNotItsBlogPostsOrOtherContent() {
        Label meeting = mock(Label.class);
        Page later = page(302L);
        Page earlier = page(301L);
        AbstractPage blogPost = mock(AbstractPage.class);
        when(blogPost.getId()).thenReturn(300L);
        when(pageManager.getAbstractPage(300L)).thenReturn(blogPost);
        ContentEntityObject attachment = mock(ContentEntityObject.class);
        when(labelManager.getLabel("team:meeting")).thenReturn(meeting);
        when(labelManager.getCurrentContentForLabel(meeting))
                .thenAnswer(call -> List.of(later, blogPost, attachment, earlier));

        Optional<List<HostPage>> found = scopes.pages(new RegisterScope(RegisterScope.Kind.LABEL, "team:meeting"));

        assertEquals(
                List.of(301L, 302L),
                found.orElseThrow().stream().map(HostPage::id).toList());
    }

    @Test
    public void aLabelConfluenceDoesNotHaveListsNothing() {
        Optional<List<HostPage>> found = scopes.pages(new RegisterScope(RegisterScope.Kind.LABEL, "nobody-used-it"));

        assertEquals(Optional.of(List.of()), found);
    }

    private Page page(long id) {
        Page page = mock(Page.class);
        when(page.getId()).thenReturn(id);
        when(pageManager.getAbstractPage(id)).thenReturn(page);
        return page;
    }
}
