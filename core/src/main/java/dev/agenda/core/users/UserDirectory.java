package dev.agenda.core.users;

import java.util.Optional;

/**
 * Port: looks people up by the identifier a page used. Implementations: {@link InMemoryUserDirectory} (the
 * CLI's CSV file, tests) and the Confluence user accessor in the plugin. Must be safe to call from several
 * threads; must not throw for unknown people.
 */
public interface UserDirectory {

    Optional<User> find(UserRef ref);

    /** Resolves a reference to a person, known or not. */
    default Person resolve(UserRef ref) {
        return new Person(ref, find(ref));
    }

    /** A directory that knows nobody: every person renders as Confluence renders an unknown user. */
    static UserDirectory empty() {
        return ref -> Optional.empty();
    }
}
