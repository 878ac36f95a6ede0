package dev.agenda.core.tracker;

import java.util.Objects;

/**
 * How to find a tracker user: by username or user key (Data Center), by account id (Cloud), or by email (Cloud; on
 * Data Center an email search matches the username, key, name and email).
 */
public record UserLookup(By by, String value) {

    /** The identifier looked up. */
    public enum By {
        USERNAME,
        USER_KEY,
        ACCOUNT_ID,
        EMAIL
    }

    public UserLookup {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(value, "value");
    }
}
