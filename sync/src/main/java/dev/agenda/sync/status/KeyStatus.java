package dev.agenda.sync.status;

import dev.agenda.core.tracker.Issue;
import dev.agenda.core.tracker.TrackerError;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One issue key's status as one viewer can see it: the issue as last seen (and when), and the problem the last look
 * met, if any. Three shapes: current ({@code issue} present, no problem); last known, because Jira could not be
 * reached ({@code issue} present and a transient problem); and failed ({@code issue} empty, the problem says why —
 * the project or issue does not exist for this viewer, the viewer must authorise, Jira is unreachable and nothing is
 * known yet).
 *
 * @param seenAt when {@code issue} was read from Jira
 * @param stale  whether the last look is older than the freshness window (a background look is on its way)
 */
public record KeyStatus(
        String key, Optional<Issue> issue, Optional<Instant> seenAt, Optional<TrackerError> problem, boolean stale) {

    public KeyStatus {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(seenAt, "seenAt");
        Objects.requireNonNull(problem, "problem");
        if (issue.isPresent() != seenAt.isPresent()) {
            throw new IllegalArgumentException("an issue comes with the time it was seen, and only then");
        }
        if (issue.isEmpty() && problem.isEmpty()) {
            throw new IllegalArgumentException("a status without an issue must say why");
        }
    }

    /** Whether the issue shown is Jira's answer to the latest look. */
    public boolean current() {
        return issue.isPresent() && problem.isEmpty();
    }
}
