package dev.agenda.preview;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Who uses a preview host. Either one user, whom every request is (no sign-in: a private preview on one's own
 * machine), or a list of users who each sign in with their own link and then act in Jira with their own credentials.
 *
 * @param usernames the users, in the order given; never empty, no duplicates (ignoring case)
 * @param signIn    whether each request must carry a signed-in session; false means there is exactly one user
 */
public record Viewers(List<String> usernames, boolean signIn) {

    public Viewers {
        usernames = List.copyOf(usernames);
        if (usernames.isEmpty()) {
            throw new IllegalArgumentException("a preview host needs at least one user");
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String username : usernames) {
            Objects.requireNonNull(username, "username");
            if (username.isBlank()) {
                throw new IllegalArgumentException("a username cannot be blank");
            }
            if (!seen.add(username.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException(username + " is named twice");
            }
        }
        if (!signIn && usernames.size() != 1) {
            throw new IllegalArgumentException("without sign-in a preview host has exactly one user");
        }
    }

    /** Every request is this user; nobody signs in. */
    public static Viewers only(String username) {
        return new Viewers(List.of(username), false);
    }

    /** These users, each signing in with their own link. */
    public static Viewers signingIn(List<String> usernames) {
        return new Viewers(usernames, true);
    }
}
