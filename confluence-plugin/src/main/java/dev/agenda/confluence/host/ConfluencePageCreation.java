package dev.agenda.confluence.host;

import com.atlassian.confluence.core.ContentPermissionManager;
import com.atlassian.confluence.core.DefaultSaveContext;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import dev.agenda.core.storage.StorageBuilder;
import dev.agenda.core.storage.StorageWriter;
import dev.agenda.services.page.HostPage;
import dev.agenda.services.page.HostPages;
import dev.agenda.services.series.PageCreation;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Confluence's {@link PageCreation}: the next meeting is a page in the previous page's space, under its parent (a
 * sibling), with its restrictions copied ({@link ContentPermissionManager#copyContentPermissions}); Confluence keeps
 * titles unique in a space, so the page for a date is found by its title there ({@link PageManager#getPage}). The link
 * to the next meeting is a Confluence page link added to the end of the previous page, saved as a minor edit.
 * Thread-safe; runs on the request's thread as the viewer.
 */
public final class ConfluencePageCreation implements PageCreation {

    private final PageManager pageManager;
    private final ContentPermissionManager contentPermissionManager;
    private final HostPages pages;

    public ConfluencePageCreation(
            PageManager pageManager, ContentPermissionManager contentPermissionManager, ConfluencePages pages) {
        this.pageManager = pageManager;
        this.contentPermissionManager = contentPermissionManager;
        this.pages = pages;
    }

    @Override
    public Optional<HostPage> pageTitled(HostPage beside, String title) {
        Page found = pageManager.getPage(spaceKey(page(beside)), title);
        return found == null ? Optional.empty() : pages.find(found.getId());
    }

    @Override
    public HostPage createBeside(HostPage previous, String title, String storage) {
        AbstractPage old = page(previous);
        if (pageManager.getPage(spaceKey(old), title) != null) {
            throw new PageExistsException(title);
        }
        Page next = new Page();
        next.setTitle(title);
        next.setSpace(old.getSpace());
        next.setBodyAsString(storage);
        Page parent = old instanceof Page oldPage ? oldPage.getParent() : null;
        if (parent != null) {
            next.setParentPage(parent);
            parent.addChild(next);
        }
        pageManager.saveContentEntity(next, DefaultSaveContext.DEFAULT);
        contentPermissionManager.copyContentPermissions(old, next);
        return pages.find(next.getId())
                .orElseThrow(() -> new IllegalStateException("page " + next.getId() + " was saved but is not found"));
    }

    @Override
    public void linkToNext(HostPage previous, HostPage next) {
        AbstractPage old = page(previous);
        String link = StorageWriter.write(StorageBuilder.element(
                "p",
                List.of(
                        StorageBuilder.text("Next meeting: "),
                        StorageBuilder.element(
                                "ac:link",
                                List.of(StorageBuilder.element(
                                        "ri:page", Map.of("ri:content-title", next.title()), List.of()))))));
        old.setBodyAsString(old.getBodyAsString() + link);
        pageManager.saveContentEntity(old, DefaultSaveContext.MINOR_EDIT);
    }

    private AbstractPage page(HostPage page) {
        AbstractPage found = pageManager.getAbstractPage(page.id());
        if (found == null) {
            throw new IllegalArgumentException("page " + page.id() + " is gone");
        }
        return found;
    }

    private static String spaceKey(AbstractPage page) {
        return page.getSpace().getKey();
    }
}
