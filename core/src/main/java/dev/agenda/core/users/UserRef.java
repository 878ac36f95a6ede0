package dev.agenda.core.users;

import dev.agenda.core.storage.StorageElement;
import java.util.Objects;
import java.util.Optional;

/**
 * How a page names a person: {@code <ri:user ri:username="…"/>}, {@code ri:userkey} or {@code ri:account-id}.
 * The value is kept exactly as written.
 */
public record UserRef(Kind kind, String value) {

    /** Which identifier the page used. */
    public enum Kind {
        USERNAME,
        USER_KEY,
        ACCOUNT_ID
    }

    public UserRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }

    public static UserRef username(String username) {
        return new UserRef(Kind.USERNAME, username);
    }

    /** Reads a {@code ri:user} element; empty if it names nobody. */
    public static Optional<UserRef> from(StorageElement riUser) {
        Optional<UserRef> ref = riUser.attribute("ri:username")
                .map(v -> new UserRef(Kind.USERNAME, v))
                .or(() -> riUser.attribute("ri:userkey").map(v -> new UserRef(Kind.USER_KEY, v)))
                .or(() -> riUser.attribute("ri:account-id").map(v -> new UserRef(Kind.ACCOUNT_ID, v)));
        return ref.filter(r -> !r.value().isBlank());
    }
}
