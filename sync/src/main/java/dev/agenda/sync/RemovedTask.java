package dev.agenda.sync;

import dev.agenda.core.page.MeetingPage;
import dev.agenda.core.sync.SyncRecord;
import dev.agenda.core.sync.SyncRecord.Removal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An action the sync has a record of whose task is no longer on the page: its issue, what the person chose for it
 * (nothing yet, leave it, or close it; never delete), and why a choice could not be carried out. Every sync reports
 * each removed task until the page holds its task again.
 *
 * @param summary the issue's summary when it was last synced, to recognise it by
 * @param problem why closing the issue failed this time, in words a user can act on
 */
public record RemovedTask(
        String actionId, String issueKey, String summary, Optional<Removal> choice, Optional<String> problem) {

    public RemovedTask {
        Objects.requireNonNull(actionId, "actionId");
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(choice, "choice");
        Objects.requireNonNull(problem, "problem");
    }

    /**
     * The records of the page whose actions are not on it, in the order of their issue keys; the page's own actions,
     * wherever they stand on it, are never among them. Only issues the sync created: an issue a task named (linked) was
     * never the page's to move, so its task's removal leaves it as it is without asking.
     */
    static List<RemovedTask> of(MeetingPage page, Map<String, SyncRecord> records) {
        Set<String> onPage = page.actions().stream().map(action -> action.id()).collect(Collectors.toSet());
        return records.values().stream()
                .filter(record -> !onPage.contains(record.actionId()))
                .filter(record -> record.origin() == SyncRecord.Origin.CREATED)
                .sorted(Comparator.comparing(
                                (SyncRecord record) -> record.issueKey().length())
                        .thenComparing(SyncRecord::issueKey))
                .map(RemovedTask::of)
                .toList();
    }

    static RemovedTask of(SyncRecord record) {
        return new RemovedTask(
                record.actionId(), record.issueKey(), record.summary(), record.removal(), Optional.empty());
    }

    /** Whether the person still has to choose what to do with the issue. */
    public boolean awaitingChoice() {
        return choice.isEmpty();
    }

    /** {@code DM-12826: its task was removed from the page}, or what was chosen for it, and what failed. */
    public String message() {
        String said = choice.map(chosen -> switch (chosen) {
                    case LEFT -> issueKey + ": its task was removed; left open in Jira";
                    case CLOSED -> issueKey + ": its task was removed; closed in Jira";
                })
                .orElse(issueKey + ": its task was removed from the page");
        return problem.map(why -> said + ". " + why).orElse(said);
    }
}
