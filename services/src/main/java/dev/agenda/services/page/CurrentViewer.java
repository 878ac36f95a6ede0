package dev.agenda.services.page;

import java.util.Optional;

/**
 * Port: who the current thread works for — the person viewing the page, in a request; empty when anonymous. Inside
 * Confluence it is the thread's authenticated user; the preview host keeps its own. Thread-safe.
 */
@FunctionalInterface
public interface CurrentViewer {

    Optional<Viewer> get();
}
