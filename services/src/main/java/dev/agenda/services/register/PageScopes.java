package dev.agenda.services.register;

import dev.agenda.services.page.HostPage;
import java.util.List;
import java.util.Optional;

/**
 * Port: the pages a register scope names, as the host finds them — whether or not the viewer may see them (the
 * register checks each page). Confluence's adapter reads children, siblings, spaces and labels; the preview host's
 * offers its pages directory. Thread-safe.
 */
@FunctionalInterface
public interface PageScopes {

    /**
     * The pages of {@code scope}, in the host's order; an empty list when its page, space or label does not exist.
     * Empty (no list) when this host offers no register over that kind of scope.
     */
    Optional<List<HostPage>> pages(RegisterScope scope);
}
