package dev.agenda.services.sync;

import java.util.Optional;

/** Port: the administrator's sync settings. Implementations are thread-safe and read the current value each time. */
@FunctionalInterface
public interface SyncDefaults {

    /** The Jira project for actions whose agenda names none; empty when none is configured. */
    Optional<String> defaultProject();
}
