package dev.agenda.services.series;

import dev.agenda.services.page.HostPage;
import java.util.Optional;

/**
 * Port: writing a new page beside an existing one. Confluence's adapter creates a sibling page (same space, parent and
 * restrictions); the preview host's writes a page file in the same directory. Thread-safe.
 */
public interface PageCreation {

    /** The page with this title where a page made beside {@code beside} would go (Confluence: the same space). */
    Optional<HostPage> pageTitled(HostPage beside, String title);

    /**
     * Creates a page beside {@code previous}, with its parent and its restrictions, and answers it.
     *
     * @throws PageExistsException when a page with the title is there already (made since it was looked for)
     */
    HostPage createBeside(HostPage previous, String title, String storage);

    /** Adds to the previous page a link to the next, at its end. */
    void linkToNext(HostPage previous, HostPage next);

    /** A page with the title is there already; nothing was made. */
    final class PageExistsException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public PageExistsException(String title) {
            super("a page titled ‘" + title + "’ exists");
        }
    }
}
