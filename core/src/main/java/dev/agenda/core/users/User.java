package dev.agenda.core.users;

import java.util.Objects;
import java.util.Optional;

/**
 * A person in the user directory. Only the username is required; the rest is what the directory knows.
 *
 * @param jiraUser the person's Jira user name (Data Center) or account id (Cloud), where it differs
 */
public record User(
        String username,
        Optional<String> userKey,
        Optional<String> accountId,
        Optional<String> fullName,
        Optional<String> email,
        Optional<String> jiraUser) {

    public User {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(userKey, "userKey");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(jiraUser, "jiraUser");
    }

    public static User named(String username, String fullName) {
        return new User(
                username,
                Optional.empty(),
                Optional.empty(),
                Optional.of(fullName),
                Optional.empty(),
                Optional.empty());
    }

    /** The name people see: the full name, or the username when the directory has none. */
    public String displayName() {
        return fullName.filter(name -> !name.isBlank()).orElse(username);
    }
}
