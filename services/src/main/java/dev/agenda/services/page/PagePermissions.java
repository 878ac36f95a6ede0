package dev.agenda.services.page;

/** Port: what the current viewer (anonymous included) may do with a page, as the host decides it. Thread-safe. */
@FunctionalInterface
public interface PagePermissions {

    /** Whether the current thread's viewer may do {@code need} with the page. */
    boolean currentViewerMay(Need need, HostPage page);
}
