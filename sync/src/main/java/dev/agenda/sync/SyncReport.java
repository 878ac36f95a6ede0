package dev.agenda.sync;

import dev.agenda.core.tracker.TrackerError;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of syncing a page: one outcome per action in page order, and each synced task no longer on the page
 * ({@link RemovedTask}) whatever the actions synced; or — when the sync could not start (Jira refused the credentials,
 * a project does not exist, another sync holds the page) — the reason, with nothing changed.
 *
 * @param credentialsRefused the sync could not start because Jira did not accept the credentials (or, inside
 *                           Confluence, the application link needs the user's consent)
 */
public record SyncReport(
        String pageId,
        List<ActionOutcome> outcomes,
        List<RemovedTask> removed,
        Optional<String> abort,
        boolean credentialsRefused,
        boolean dryRun) {

    public SyncReport {
        Objects.requireNonNull(pageId, "pageId");
        outcomes = List.copyOf(outcomes);
        removed = List.copyOf(removed);
        Objects.requireNonNull(abort, "abort");
    }

    /** A sync that ran: one outcome per action. */
    static SyncReport ran(String pageId, List<ActionOutcome> outcomes, List<RemovedTask> removed, boolean dryRun) {
        return new SyncReport(pageId, outcomes, removed, Optional.empty(), false, dryRun);
    }

    /** A sync that could not start for a reason of its own (another sync holds the page, a project is missing). */
    static SyncReport aborted(String pageId, String reason, boolean dryRun) {
        return new SyncReport(pageId, List.of(), List.of(), Optional.of(reason), false, dryRun);
    }

    /**
     * A sync that could not start because Jira failed; refused credentials are told apart, so that each host can say
     * how to fix them.
     */
    public static SyncReport aborted(String pageId, TrackerError error, boolean dryRun) {
        return new SyncReport(
                pageId,
                List.of(),
                List.of(),
                Optional.of(error.message()),
                error.kind() == TrackerError.Kind.NOT_AUTHENTICATED,
                dryRun);
    }

    public long count(ActionOutcome.Step step) {
        return outcomes.stream()
                .filter(outcome -> outcome.steps().contains(step))
                .count();
    }

    public long unchanged() {
        return outcomes.stream().filter(ActionOutcome::unchanged).count();
    }

    public long failed() {
        return outcomes.stream().filter(ActionOutcome::failed).count();
    }

    public long conflicts() {
        return outcomes.stream()
                .mapToLong(outcome -> outcome.conflicts().size())
                .sum();
    }

    /** Everything is in Jira as the page and Jira agree it should be. */
    public boolean inSync() {
        return abort.isEmpty() && outcomes.stream().allMatch(ActionOutcome::inSync);
    }

    /** {@code created N, linked N, updated N, transitioned N, unchanged N, failed N} — the CLI's last line. */
    public String summaryLine() {
        return (dryRun ? "would have " : "") + "created " + count(ActionOutcome.Step.CREATED)
                + ", linked " + count(ActionOutcome.Step.LINKED) + ", updated " + count(ActionOutcome.Step.UPDATED)
                + ", transitioned " + count(ActionOutcome.Step.TRANSITIONED) + ", unchanged " + unchanged()
                + ", failed " + failed();
    }
}
