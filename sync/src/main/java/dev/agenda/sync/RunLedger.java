package dev.agenda.sync;

import dev.agenda.core.issues.IssueKey;
import dev.agenda.core.sync.SyncRecord;
import dev.agenda.core.sync.SyncStateStore;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/**
 * What one sync of one page knows so far about each action: its record (the issue that is its own — saved, or taken
 * during this run), the steps this run took for it, the failure that stopped it, and the follow-ups that failed and
 * are to be sent once more. An action with a failure is done with for this run, whatever else is known about it; one
 * with failed follow-ups is not.
 *
 * <p>{@link #remember} saves the record through the run's store as it is remembered (never in a dry run), so the
 * store given must be one whose writes are safe from any thread — the sync's {@link OwnerThreadStateStore}. Written
 * by the follow-ups, which may run in parallel; each action is written by one follow-up at a time.
 */
final class RunLedger {

    private static final int SHOWN_KEY_LENGTH = 40;

    private final SyncStateStore store;
    private final String pageId;
    private final boolean dryRun;
    private final Map<String, SyncRecord> records = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, Set<ActionOutcome.Step>> steps = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, ActionOutcome> failures = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, List<FollowUp>> failedFollowUps = new ConcurrentHashMap<>();
    private final ActionsThrough through;

    /** @param through counts each action as this run gives it a record or a failure, for the progress bar */
    RunLedger(SyncStateStore store, String pageId, boolean dryRun, ActionsThrough through) {
        this.store = store;
        this.pageId = pageId;
        this.dryRun = dryRun;
        this.through = through;
    }

    /** Takes in the records an earlier run saved (not saved again). */
    void load(Map<String, SyncRecord> saved) {
        records.putAll(saved);
    }

    /** Remembers the record and the step this run took for the action (unless its key is not one, see below). */
    void remember(SyncTarget target, SyncRecord record, ActionOutcome.Step step) {
        if (!takesKey(target, record.issueKey())) {
            return;
        }
        steps.computeIfAbsent(target.actionId(), id -> EnumSet.noneOf(ActionOutcome.Step.class))
                .add(step);
        remember(target, record);
    }

    /**
     * Remembers the record of an action this run found already done (an earlier run's creation), and saves it; a
     * record whose issue key is not one as Jira writes it is never kept ({@link #takesKey}).
     */
    void remember(SyncTarget target, SyncRecord record) {
        if (!takesKey(target, record.issueKey())) {
            return;
        }
        records.put(target.actionId(), record);
        if (!dryRun) {
            store.save(pageId, record);
        }
        through.through(target.actionId());
    }

    /** In a dry run: the steps a real run would take for the action, in place of any noted so far. */
    void wouldTake(SyncTarget target, Set<ActionOutcome.Step> wouldTake) {
        steps.put(target.actionId(), wouldTake);
        through.through(target.actionId());
    }

    /**
     * Whether a key Jira gave for the action's issue is one as Jira writes it ({@link IssueKey#isJiraKey}). If not,
     * the action fails, saying so as a bad answer from Jira, and nothing is kept: a key is written into pages,
     * addresses and the page script's look-ups. Its issue, if Jira made one, carries the action's handle, so the next
     * sync finds it again.
     */
    boolean takesKey(SyncTarget target, String issueKey) {
        if (IssueKey.isJiraKey(issueKey)) {
            return true;
        }
        String shown = issueKey.replaceAll("\\p{Cntrl}", "?");
        fail(
                target,
                "Jira answered with ‘"
                        + (shown.length() > SHOWN_KEY_LENGTH ? shown.substring(0, SHOWN_KEY_LENGTH) + "…" : shown)
                        + "’ as the key of this action's issue, which is not a Jira issue key; nothing was recorded, "
                        + "and the next sync looks for the issue again.");
        return false;
    }

    /** Records why the action failed, before any issue was its own. */
    void fail(SyncTarget target, String problem) {
        failures.put(target.actionId(), failure(target, Optional.empty(), problem));
        through.through(target.actionId());
    }

    /** Records why the action failed, with the issue that is its own. */
    void fail(SyncTarget target, String issueKey, String problem) {
        failures.put(target.actionId(), failure(target, Optional.of(issueKey), problem));
        through.through(target.actionId());
    }

    /**
     * Notes a follow-up request (a link back, a watcher) that failed after the issue became the action's own: the
     * action is still brought up to date, and the follow-up is sent once more after the main pass.
     */
    void followUpFailed(SyncTarget target, FollowUp followUp) {
        failedFollowUps
                .computeIfAbsent(target.actionId(), id -> new CopyOnWriteArrayList<>())
                .add(followUp);
    }

    /** The action's follow-ups that failed in the main pass, in the order they failed. */
    List<FollowUp> failedFollowUps(SyncTarget target) {
        return List.copyOf(failedFollowUps.getOrDefault(target.actionId(), List.of()));
    }

    /** Neither recorded nor failed: the action still needs an issue. */
    boolean unrecorded(SyncTarget target) {
        return !records.containsKey(target.actionId()) && !failures.containsKey(target.actionId());
    }

    /** Recorded and not failed: the action's issue is to be brought up to date. */
    boolean tracked(SyncTarget target) {
        return records.containsKey(target.actionId()) && !failures.containsKey(target.actionId());
    }

    /** The action's record, if it has one. */
    @Nullable
    SyncRecord record(SyncTarget target) {
        return records.get(target.actionId());
    }

    /** The outcome of the action's failure, if it failed. */
    @Nullable
    ActionOutcome failure(SyncTarget target) {
        return failures.get(target.actionId());
    }

    /** The steps this run took (or, in a dry run, would take) for the action. */
    Set<ActionOutcome.Step> steps(SyncTarget target) {
        return steps.getOrDefault(target.actionId(), Set.of());
    }

    private ActionOutcome failure(SyncTarget target, Optional<String> issueKey, String problem) {
        return ActionOutcome.of(target, issueKey, steps(target), Optional.of(problem), List.of());
    }
}
