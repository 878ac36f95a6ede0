package dev.agenda.jira.fake;

import dev.agenda.core.tracker.ServerInfo;
import dev.agenda.core.tracker.TrackerUser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A user of the fake Jira, with every identifier either deployment uses: the Data Center username ({@code name}) and
 * user key ({@code JIRAUSER10003}), and a Cloud account id derived from the username — stable across runs and shaped
 * like Atlassian's 24-hex-digit ids ({@code 5b10…}). Immutable.
 */
public record FakeUser(String name, String key, String displayName, String email, String accountId) {

    public FakeUser {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(accountId, "accountId");
    }

    /** A user whose key and account id are derived from the username and its position in the directory. */
    public static FakeUser of(String name, int number, String displayName, String email) {
        return new FakeUser(name, "JIRAUSER" + (10000 + number), displayName, email, accountIdFor(name));
    }

    /**
     * Whether an identifier names this user the way the deployment identifies users: by account id on Cloud, by
     * username (ignoring case, as Jira does) or user key on Data Center.
     */
    public boolean isNamedBy(String identifier, ServerInfo.Deployment deployment) {
        if (deployment == ServerInfo.Deployment.CLOUD) {
            return accountId.equals(identifier);
        }
        return name.equalsIgnoreCase(identifier) || key.equals(identifier);
    }

    /**
     * Whether a user search query matches, as Jira's user search does: a prefix of the username, the email address or
     * any word of the display name, ignoring case. Cloud has no usernames to match.
     */
    public boolean matchesSearch(String query, ServerInfo.Deployment deployment) {
        String wanted = query.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return false;
        }
        Stream<String> usernames = deployment == ServerInfo.Deployment.CLOUD ? Stream.empty() : Stream.of(name);
        return Stream.concat(
                        usernames, Stream.concat(Stream.of(email, displayName), Stream.of(displayName.split("\\s+"))))
                .anyMatch(value -> value.toLowerCase(Locale.ROOT).startsWith(wanted));
    }

    /** This user as a tracker of the given deployment identifies it. */
    public TrackerUser asTrackerUser(ServerInfo.Deployment deployment) {
        return deployment == ServerInfo.Deployment.CLOUD
                ? TrackerUser.cloud(accountId, displayName, email)
                : TrackerUser.dataCenter(name, key, displayName, email);
    }

    /** The identifier the deployment assigns and watches by. */
    public String id(ServerInfo.Deployment deployment) {
        return deployment == ServerInfo.Deployment.CLOUD ? accountId : name;
    }

    private static String accountIdFor(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return "5b10" + HexFormat.of().formatHex(digest).substring(0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
