package dev.agenda.jira.fake;

import dev.agenda.core.tracker.ServerInfo;
import dev.agenda.core.tracker.TrackerUser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A user of the fake Jira, with every identifier either deployment uses: the Data Center username and user key, and a
 * Cloud account id derived from the username (stable across runs, shaped like Atlassian's 24-hex-digit ids).
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

    /** Whether this user is the one an identifier names (username, user key or account id). */
    public boolean isNamedBy(String identifier) {
        return name.equalsIgnoreCase(identifier) || key.equals(identifier) || accountId.equals(identifier);
    }

    /** This user as a tracker of the given deployment identifies it. */
    public TrackerUser asTrackerUser(ServerInfo.Deployment deployment) {
        return deployment == ServerInfo.Deployment.CLOUD ? TrackerUser.cloud(accountId, displayName, email)
                : TrackerUser.dataCenter(name, key, displayName, email);
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
