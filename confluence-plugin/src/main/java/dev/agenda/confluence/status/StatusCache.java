package dev.agenda.confluence.status;

import dev.agenda.core.tracker.IssueStatus;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Port: the Jira statuses of action issues as each viewer last could see them — keyed per viewer, because Jira may
 * show one user an issue another may not see. Filled by the scheduled status refresh, read by the live-status UI
 * (a later issue). Implementations are thread-safe and may forget entries at any time.
 */
public interface StatusCache {

    /** An issue's status as a viewer saw it, and when. */
    record CachedStatus(IssueStatus status, Instant refreshedAt) {
        public CachedStatus {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(refreshedAt, "refreshedAt");
        }
    }

    void put(String viewerKey, String issueKey, CachedStatus status);

    Optional<CachedStatus> get(String viewerKey, String issueKey);
}
