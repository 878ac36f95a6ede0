package dev.agenda.preview;

import dev.agenda.services.page.HostPage;
import dev.agenda.services.register.PageScopes;
import dev.agenda.services.register.RegisterScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The register's scopes in the preview host, whose pages are the files of one flat directory: every page (no scope
 * given), and the pages beside one of them (all of them again); a page has no children, and there are no spaces or
 * labels to offer. Thread-safe.
 */
final class PreviewPageScopes implements PageScopes {

    private final PageFiles pages;

    PreviewPageScopes(PageFiles pages) {
        this.pages = pages;
    }

    @Override
    public Optional<List<HostPage>> pages(RegisterScope scope) {
        List<HostPage> all = new ArrayList<>(pages.list());
        return switch (scope.kind()) {
            case ALL -> Optional.of(all);
            case SIBLINGS ->
                Optional.of(all.stream().anyMatch(page -> scope.page().orElse(0L) == page.id()) ? all : List.of());
            case CHILDREN -> Optional.of(List.of());
            case SPACE, LABEL -> Optional.empty();
        };
    }
}
