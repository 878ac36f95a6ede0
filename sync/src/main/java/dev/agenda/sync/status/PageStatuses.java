package dev.agenda.sync.status;

import dev.agenda.core.actions.ActionItem;
import dev.agenda.core.page.MeetingPage;
import dev.agenda.core.sync.SyncRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A page's actions as the live status shows them: which Jira issue tracks each (from the sync state), and the issue
 * keys whose status the page needs — those, and every key the page refers to. Immutable.
 */
public final class PageStatuses {

    /**
     * One action: the issue that tracks it, if any, and whether its task is ticked on the page.
     *
     * @param namesIssue whether the issue is one the task names (linked, never moved by the page) rather than one the
     *     sync created for it
     */
    public record TrackedAction(String actionId, Optional<String> issueKey, boolean tickedOnPage, boolean namesIssue) {
        public TrackedAction {
            Objects.requireNonNull(actionId, "actionId");
            Objects.requireNonNull(issueKey, "issueKey");
        }
    }

    private final List<TrackedAction> actions;

    private PageStatuses(List<TrackedAction> actions) {
        this.actions = List.copyOf(actions);
    }

    /** The page's actions with the issues its sync records give them. */
    public static PageStatuses of(MeetingPage page, Map<String, SyncRecord> records) {
        List<TrackedAction> actions = new ArrayList<>();
        for (ActionItem action : page.actions()) {
            Optional<SyncRecord> record = Optional.ofNullable(records.get(action.id()));
            Optional<String> key = record.map(SyncRecord::issueKey).or(action::jiraKey);
            boolean named = record.map(r -> r.origin() == SyncRecord.Origin.LINKED)
                    .orElse(!action.issueKeys().isEmpty() && action.jiraKey().isEmpty());
            actions.add(new TrackedAction(action.id(), key, action.isComplete(), named));
        }
        return new PageStatuses(actions);
    }

    public List<TrackedAction> actions() {
        return actions;
    }

    /** The tracking issues' keys followed by {@code referenced}, each once, in that order. */
    public List<String> keysWith(Collection<String> referenced) {
        LinkedHashSet<String> keys = new LinkedHashSet<>();
        actions.forEach(action -> action.issueKey().ifPresent(keys::add));
        keys.addAll(referenced);
        return List.copyOf(keys);
    }
}
