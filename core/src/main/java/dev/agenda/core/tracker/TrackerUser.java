package dev.agenda.core.tracker;

import java.util.Objects;
import java.util.Optional;

/**
 * A tracker user. Jira Data Center identifies users by username ({@code name}, used to assign and watch) and by an
 * immutable user key; Jira Cloud by {@code accountId} only (usernames were removed for privacy).
 */
public record TrackerUser(
        Optional<String> accountId,
        Optional<String> name,
        Optional<String> key,
        String displayName,
        Optional<String> email) {

    public TrackerUser {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(email, "email");
        if (accountId.isEmpty() && name.isEmpty()) {
            throw new IllegalArgumentException(
                    "a tracker user needs an account id (Cloud) or a username (Data Center)");
        }
    }

    public static TrackerUser dataCenter(String name, String key, String displayName, String email) {
        return new TrackerUser(
                Optional.empty(), Optional.of(name), Optional.ofNullable(key), displayName, Optional.ofNullable(email));
    }

    public static TrackerUser cloud(String accountId, String displayName, String email) {
        return new TrackerUser(
                Optional.of(accountId), Optional.empty(), Optional.empty(), displayName, Optional.ofNullable(email));
    }

    /** The identifier the tracker assigns and watches by: the account id on Cloud, the username on Data Center. */
    public String id() {
        return accountId.orElseGet(name::orElseThrow);
    }
}
