package dev.agenda.core.render;

import dev.agenda.core.storage.StorageElement;
import java.util.Optional;

/**
 * Port: lets the host product render the storage-format pieces the app does not render itself — macros other
 * than {@code agenda} and {@code jira}, links to pages and attachments, images — so that they look as they do
 * everywhere else in the product. Inside Confluence this is Confluence's own storage-to-view conversion; the
 * command line has no host and answers empty, and the app then shows its own rendering or a placeholder.
 * Implementations must not throw: a piece they cannot render is answered empty.
 */
public interface HostContentRenderer {

    Optional<SafeHtml> render(StorageElement element);

    /** No host: the app renders everything itself. */
    static HostContentRenderer none() {
        return element -> Optional.empty();
    }
}
