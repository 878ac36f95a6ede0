package dev.agenda.services.page;

import java.util.Optional;

/** Port: the host's pages, by id — whether or not the viewer may see them. Thread-safe. */
@FunctionalInterface
public interface HostPages {

    /** The page with this id; empty when there is none. */
    Optional<HostPage> find(long id);
}
