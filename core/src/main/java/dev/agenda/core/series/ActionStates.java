package dev.agenda.core.series;

import dev.agenda.core.actions.ActionItem;
import dev.agenda.core.page.MeetingPage;
import dev.agenda.core.sync.SyncRecord;
import dev.agenda.core.tracker.Issue;
import dev.agenda.core.tracker.Result;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What is known of a page's actions for making the next meeting: each action's issue (its sync record's, else the
 * issue its task names) and, from Jira's answers when Jira was asked, whether that issue is done. Without an answer,
 * a record that saw the issue done in Jira says done; otherwise nothing is known and the task's box decides.
 */
public final class ActionStates {

    private ActionStates() {}

    /** The issue keys to ask Jira about, each once: what one batched look-up needs. */
    public static List<String> keysToAsk(MeetingPage page, Map<String, SyncRecord> records) {
        Set<String> keys = new LinkedHashSet<>();
        page.actions().forEach(action -> issueOf(action, records).ifPresent(keys::add));
        return List.copyOf(keys);
    }

    /**
     * Each action's state, by action id.
     *
     * @param records the page's sync records, by action id (empty without a sync state)
     * @param answers Jira's answers by issue key; empty when Jira was not asked
     */
    public static Map<String, ActionState> of(
            MeetingPage page, Map<String, SyncRecord> records, Map<String, Result<Issue>> answers) {
        Map<String, ActionState> states = new LinkedHashMap<>();
        for (ActionItem action : page.actions()) {
            Optional<String> key = issueOf(action, records);
            if (key.isEmpty()) {
                continue;
            }
            SyncRecord record = records.get(action.id());
            Result<Issue> answer = answers.get(key.get());
            ActionState.InJira jira;
            if (answer instanceof Result.Ok<Issue> ok) {
                jira = ok.value().status().isDone() ? ActionState.InJira.DONE : ActionState.InJira.OPEN;
            } else if (record != null && record.jiraDone()) {
                jira = ActionState.InJira.DONE;
            } else {
                jira = ActionState.InJira.UNKNOWN;
            }
            states.put(action.id(), new ActionState(key, jira));
        }
        return states;
    }

    private static Optional<String> issueOf(ActionItem action, Map<String, SyncRecord> records) {
        SyncRecord record = records.get(action.id());
        if (record != null) {
            return Optional.of(record.issueKey());
        }
        return action.namedIssue();
    }
}
