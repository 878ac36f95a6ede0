package dev.agenda.bench;

import dev.agenda.core.actions.ActionItem;
import dev.agenda.core.page.MeetingPage;
import dev.agenda.core.tracker.CreatedIssue;
import dev.agenda.core.tracker.Description;
import dev.agenda.core.tracker.IssueTracker;
import dev.agenda.core.tracker.NewIssue;
import dev.agenda.core.tracker.RemoteLink;
import dev.agenda.core.tracker.Result;
import dev.agenda.core.tracker.StatusCategory;
import dev.agenda.core.tracker.TrackerUser;
import dev.agenda.core.tracker.Transition;
import dev.agenda.core.tracker.UserLookup;
import dev.agenda.core.users.Person;
import dev.agenda.core.users.User;
import dev.agenda.sync.SyncSettings;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The baseline the sync harness compares {@code ActionSync} with: what a straightforward integration would send for a
 * page of new actions, one action at a time, in sequence — {@code createIssue}, {@code putRemoteLink}, and for a
 * ticked task {@code transitions} then {@code transition} into Done. Each first assignee is looked up once
 * ({@code findUser}, Data Center by username) and remembered. Issues carry the same labels, property and link as the
 * sync writes, but no search for existing issues is made, so running it twice creates everything twice. Not
 * thread-safe: one instance per run.
 */
public final class NaiveSync {

    /** What a run did. */
    public record Outcome(int created, int transitioned, int failed) {
        @Override
        public String toString() {
            return "created " + created + ", transitioned " + transitioned + ", failed " + failed;
        }
    }

    private final IssueTracker tracker;
    private final String pageUrl;
    private final Map<String, Optional<TrackerUser>> users = new HashMap<>();
    private int created;
    private int transitioned;
    private int failed;

    public NaiveSync(IssueTracker tracker, String pageUrl) {
        this.tracker = tracker;
        this.pageUrl = pageUrl;
    }

    /** Creates one issue per action of the page, in project {@code project}. */
    public Outcome run(MeetingPage page, String project) {
        for (ActionItem action : page.actions()) {
            sync(page.pageId(), action, project);
        }
        return new Outcome(created, transitioned, failed);
    }

    private void sync(String pageId, ActionItem action, String project) {
        Optional<TrackerUser> assignee = action.assignees().isEmpty()
                ? Optional.empty()
                : users.computeIfAbsent(
                        action.assignees().get(0).username(),
                        name -> lookUp(action.assignees().get(0)));
        String summary = action.text().strip();
        NewIssue issue = new NewIssue(
                project,
                "Task",
                summary,
                Description.of(Description.Paragraph.of(new Description.Text(action.text()))),
                assignee,
                action.due(),
                List.of(SyncSettings.ACTION_LABEL, SyncSettings.pageLabel(pageId)),
                Map.of(SyncSettings.ACTION_PROPERTY, Map.of("pageId", pageId, "actionId", action.id())));
        Result<CreatedIssue> made = tracker.createIssue(issue);
        if (!made.isOk()) {
            failed++;
            return;
        }
        created++;
        String key = made.value().key();
        boolean ok = tracker.putRemoteLink(
                        key,
                        new RemoteLink(
                                SyncSettings.globalId(action.id()),
                                pageUrl,
                                "Sync benchmark",
                                Optional.of(summary),
                                SyncSettings.APPLICATION_TYPE,
                                SyncSettings.APPLICATION_NAME,
                                "action from meeting",
                                Optional.empty()))
                .isOk();
        if (ok && action.isComplete()) {
            Optional<Transition> done =
                    tracker.transitions(key).toOptional().flatMap(list -> Transition.into(StatusCategory.DONE, list));
            ok = done.isPresent() && tracker.transition(key, done.get().id()).isOk();
            transitioned += ok ? 1 : 0;
        }
        failed += ok ? 0 : 1;
    }

    private Optional<TrackerUser> lookUp(Person person) {
        String name = person.user().flatMap(User::jiraUser).orElse(person.username());
        return tracker.findUser(new UserLookup(UserLookup.By.USERNAME, name))
                .toOptional()
                .flatMap(found -> found);
    }
}
