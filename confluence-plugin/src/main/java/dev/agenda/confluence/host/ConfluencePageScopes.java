package dev.agenda.confluence.host;

import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.labels.LabelManager;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import dev.agenda.services.page.HostPage;
import dev.agenda.services.register.PageScopes;
import dev.agenda.services.register.RegisterScope;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The register's scopes in Confluence: the children of a page ({@link Page#getChildren()}), the pages beside it (its
 * parent's children; a page at the top of its space has none beside it here), and the current pages of a space
 * ({@link SpaceManager#getSpace(String)}, {@link PageManager#getPages(Space, boolean)}), and the current pages with a
 * label ({@link LabelManager#getLabel(String)}, which also reads a namespaced name such as {@code my:favourite},
 * then {@link LabelManager#getCurrentContentForLabel(Label)}): only pages, not the blog posts or attachments that carry
 * it too, by id, since Confluence promises no order; a label nobody used lists nothing. Each page is handed on as
 * {@link ConfluencePages} finds it, so the register asks Confluence's permissions about it as about any page.
 * Thread-safe.
 */
public final class ConfluencePageScopes implements PageScopes {

    private final PageManager pageManager;
    private final SpaceManager spaceManager;
    private final LabelManager labelManager;
    private final ConfluencePages pages;

    public ConfluencePageScopes(
            PageManager pageManager, SpaceManager spaceManager, LabelManager labelManager, ConfluencePages pages) {
        this.pageManager = pageManager;
        this.spaceManager = spaceManager;
        this.labelManager = labelManager;
        this.pages = pages;
    }

    @Override
    public Optional<List<HostPage>> pages(RegisterScope scope) {
        return switch (scope.kind()) {
            case CHILDREN ->
                Optional.of(page(scope).map(Page::getChildren).map(this::found).orElse(List.of()));
            case SIBLINGS -> Optional.of(page(scope).map(this::besides).orElse(List.of()));
            case SPACE ->
                Optional.of(Optional.ofNullable(spaceManager.getSpace(scope.value()))
                        .map(space -> found(pageManager.getPages(space, true)))
                        .orElse(List.of()));
            case LABEL -> Optional.of(labelled(scope.value()));
            case ALL -> Optional.empty();
        };
    }

    private Optional<Page> page(RegisterScope scope) {
        @Nullable
        AbstractPage found = scope.page().map(pageManager::getAbstractPage).orElse(null);
        return found instanceof Page page ? Optional.of(page) : Optional.empty();
    }

    private List<HostPage> labelled(String labelName) {
        @Nullable Label label = labelManager.getLabel(labelName);
        if (label == null) {
            return List.of();
        }
        List<Page> labelled = new ArrayList<>();
        for (Object content : labelManager.getCurrentContentForLabel(label)) {
            if (content instanceof Page page) {
                labelled.add(page);
            }
        }
        labelled.sort(Comparator.comparingLong(Page::getId));
        return found(labelled);
    }

    private List<HostPage> besides(Page page) {
        Page parent = page.getParent();
        return parent == null ? found(List.of(page)) : found(parent.getChildren());
    }

    private List<HostPage> found(List<Page> confluencePages) {
        List<HostPage> found = new ArrayList<>();
        for (Page page : confluencePages) {
            pages.find(page.getId()).ifPresent(found::add);
        }
        return found;
    }
}
