package dev.agenda.core.sync;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the sync remembers about one action, because Jira cannot tell it: which issue tracks the action (a cache — Jira
 * can be searched for it again), and the values both sides agreed on at the last sync, the base of the three-way
 * comparison that tells a change made on the page from one made in Jira.
 *
 * @param actionId     the action's stable id ({@code pageId/taskId})
 * @param origin       whether the sync created the issue or linked an issue the task named
 * @param summary      the summary both sides had at the last sync
 * @param assigneeId   the Jira user (username or account id) both sides had, if any
 * @param due          the due date both sides had, if any
 * @param pageComplete whether the page's box was ticked at the last sync
 * @param jiraDone     whether the issue was in the done category at the last sync
 * @param syncedAt     when this record was last written
 * @param removal      what the person chose for the issue once the action's task was removed from the page: empty
 *                     until they chose (and for every action still on the page)
 */
public record SyncRecord(
        String actionId,
        String issueKey,
        String issueId,
        Origin origin,
        String summary,
        Optional<String> assigneeId,
        Optional<LocalDate> due,
        boolean pageComplete,
        boolean jiraDone,
        Instant syncedAt,
        Optional<Removal> removal) {

    /** How the action came to have its issue. */
    public enum Origin {
        CREATED,
        LINKED
    }

    /**
     * What to do with the issue of an action whose task was removed from the page. Nothing is ever deleted in Jira: the
     * issue is left as it is, or closed (moved into the done category).
     */
    public enum Removal {
        LEFT,
        CLOSED
    }

    /** A record of an action on the page: no removal chosen. */
    public SyncRecord(
            String actionId,
            String issueKey,
            String issueId,
            Origin origin,
            String summary,
            Optional<String> assigneeId,
            Optional<LocalDate> due,
            boolean pageComplete,
            boolean jiraDone,
            Instant syncedAt) {
        this(
                actionId,
                issueKey,
                issueId,
                origin,
                summary,
                assigneeId,
                due,
                pageComplete,
                jiraDone,
                syncedAt,
                Optional.empty());
    }

    public SyncRecord {
        Objects.requireNonNull(actionId, "actionId");
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(issueId, "issueId");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(assigneeId, "assigneeId");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(syncedAt, "syncedAt");
        Objects.requireNonNull(removal, "removal");
    }

    /** This record once the person chose what to do with the issue of the removed task; {@code jiraDone} as now. */
    public SyncRecord removed(Removal chosen, boolean done, Instant at) {
        return new SyncRecord(
                actionId,
                issueKey,
                issueId,
                origin,
                summary,
                assigneeId,
                due,
                pageComplete,
                done,
                at,
                Optional.of(chosen));
    }
}
