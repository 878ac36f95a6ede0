package dev.agenda.core.users;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A person as a page refers to them, resolved against the user directory when the directory knows them.
 * Unknown people are shown as Confluence shows them: {@code Unknown User (name)}.
 */
public record Person(UserRef ref, Optional<User> user) {

    public Person {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(user, "user");
    }

    public boolean known() {
        return user.isPresent();
    }

    /** The username: the directory's when known, else the identifier as written on the page. */
    public String username() {
        return user.map(User::username).orElse(ref.value());
    }

    public String displayName() {
        return user.map(User::displayName).orElse("Unknown User (" + ref.value() + ")");
    }

    /** One or two letters for an avatar: the initials of the first and last word of the display name. */
    public String initials() {
        String name = user.map(User::displayName).orElse(ref.value()).strip();
        // Hyphenated surnames keep one initial; a bare username like "john.smith" splits at its punctuation.
        String[] words = name.contains(" ") ? name.split("\\s+") : name.split("[._-]+");
        StringBuilder initials = new StringBuilder();
        initials.appendCodePoint(words[0].isEmpty() ? '?' : words[0].codePointAt(0));
        if (words.length > 1 && !words[words.length - 1].isEmpty()) {
            initials.appendCodePoint(words[words.length - 1].codePointAt(0));
        }
        return initials.toString().toUpperCase(Locale.ROOT);
    }
}
