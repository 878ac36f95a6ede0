package dev.agenda.sync;

import dev.agenda.core.actions.ActionItem;
import dev.agenda.core.tracker.IssueTracker;
import dev.agenda.core.tracker.Result;
import dev.agenda.core.tracker.TrackerError;
import dev.agenda.core.tracker.TrackerUser;
import dev.agenda.core.tracker.UserLookup;
import dev.agenda.core.users.Person;
import dev.agenda.core.users.User;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Maps the people a page names to Jira users, once per person per sync. Data Center is asked by username (the
 * directory's {@code jira_user}, else the Confluence username); Cloud by account id when the directory has one, else
 * by email. A person Jira does not know is {@link Mapping.Unmapped}; a person Jira could not be asked about is
 * {@link Mapping.Unknown}, which the sync treats as "leave the assignee alone", never as "no assignee".
 */
final class AssigneeResolver {

    /** What the tracker said about a person. */
    sealed interface Mapping permits Mapping.Mapped, Mapping.Unmapped, Mapping.Unknown {

        /** The Jira user, when the person has one. */
        default Optional<TrackerUser> jiraUser() {
            return this instanceof Mapped mapped ? Optional.of(mapped.user()) : Optional.empty();
        }

        /** Why Jira could not be asked, when it could not. */
        default Optional<TrackerError> lookupFailure() {
            return this instanceof Unknown unknown ? Optional.of(unknown.error()) : Optional.empty();
        }

        record Mapped(TrackerUser user) implements Mapping {}

        record Unmapped(String why) implements Mapping {}

        record Unknown(TrackerError error) implements Mapping {}
    }

    private final IssueTracker tracker;
    private final boolean cloud;
    private final Map<String, Mapping> cache = new ConcurrentHashMap<>();

    AssigneeResolver(IssueTracker tracker, boolean cloud) {
        this.tracker = tracker;
        this.cloud = cloud;
    }

    /** The action's first assignee, the one the issue is assigned to; unmapped when the task names nobody. */
    Mapping firstAssignee(ActionItem action) {
        return action.assignees().isEmpty()
                ? new Mapping.Unmapped("the task names nobody")
                : map(action.assignees().get(0));
    }

    /** Forgets the people Jira could not be asked about, so that the next question asks it again. */
    void forgetUnknown() {
        cache.values().removeIf(mapping -> mapping instanceof Mapping.Unknown);
    }

    Mapping map(Person person) {
        return cache.computeIfAbsent(person.username(), name -> lookup(person));
    }

    private Mapping lookup(Person person) {
        Optional<UserLookup> lookup = lookupFor(person);
        if (lookup.isEmpty()) {
            return new Mapping.Unmapped(person.displayName() + " has no Jira account id or email in the directory");
        }
        Result<Optional<TrackerUser>> found = tracker.findUser(lookup.get());
        if (found instanceof Result.Failed<Optional<TrackerUser>> failed) {
            return new Mapping.Unknown(failed.error());
        }
        return found.value()
                .<Mapping>map(Mapping.Mapped::new)
                .orElseGet(() ->
                        new Mapping.Unmapped("Jira has no user " + lookup.get().value()));
    }

    private Optional<UserLookup> lookupFor(Person person) {
        Optional<User> user = person.user();
        if (!cloud) {
            String name = user.flatMap(User::jiraUser).orElse(person.username());
            return Optional.of(new UserLookup(UserLookup.By.USERNAME, name));
        }
        Optional<String> accountId = user.flatMap(User::accountId);
        if (accountId.isPresent()) {
            return Optional.of(new UserLookup(UserLookup.By.ACCOUNT_ID, accountId.get()));
        }
        return user.flatMap(User::email).map(email -> new UserLookup(UserLookup.By.EMAIL, email));
    }
}
