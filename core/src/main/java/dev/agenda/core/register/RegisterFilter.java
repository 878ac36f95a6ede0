package dev.agenda.core.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Which actions the register lists: all by default; each filter given narrows it. "Me" is resolved by the caller
 * into the viewer's username before it gets here. Immutable; the {@code with…} methods answer a narrower copy.
 *
 * @param assignee  only actions assigned to this username (compared without case)
 * @param state     only open, or only done, actions
 * @param overdue   only open actions due before today
 * @param dueWithin only open actions due from today to this many days after it
 * @param project   only actions whose issue (or, without one, whose agenda) is in this Jira project
 */
public record RegisterFilter(
        Optional<String> assignee,
        Optional<State> state,
        boolean overdue,
        Optional<Integer> dueWithin,
        Optional<String> project) {

    /** Open or done, as {@link RegisterEntry#done()} decides it. */
    public enum State {
        OPEN,
        DONE;

        /** The word the REST resource and the command line use: {@code open} or {@code done}. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public RegisterFilter {
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(dueWithin, "dueWithin");
        Objects.requireNonNull(project, "project");
        if (dueWithin.filter(days -> days < 0).isPresent()) {
            throw new IllegalArgumentException("dueWithin is a number of days, 0 or more");
        }
    }

    /** Every action. */
    public static RegisterFilter all() {
        return new RegisterFilter(Optional.empty(), Optional.empty(), false, Optional.empty(), Optional.empty());
    }

    public RegisterFilter withAssignee(String username) {
        return new RegisterFilter(Optional.of(username), state, overdue, dueWithin, project);
    }

    public RegisterFilter withState(State wanted) {
        return new RegisterFilter(assignee, Optional.of(wanted), overdue, dueWithin, project);
    }

    public RegisterFilter overdueOnly() {
        return new RegisterFilter(assignee, state, true, dueWithin, project);
    }

    public RegisterFilter withDueWithin(int days) {
        return new RegisterFilter(assignee, state, overdue, Optional.of(days), project);
    }

    public RegisterFilter withProject(String key) {
        return new RegisterFilter(assignee, state, overdue, dueWithin, Optional.of(key));
    }

    /** Whether the register lists {@code entry} on {@code today}. */
    public boolean accepts(RegisterEntry entry, LocalDate today) {
        if (assignee.isPresent()
                && entry.action().assignees().stream()
                        .noneMatch(person -> person.username().equalsIgnoreCase(assignee.get()))) {
            return false;
        }
        if (state.isPresent() && (state.get() == State.DONE) != entry.done()) {
            return false;
        }
        if (overdue && !entry.overdueOn(today)) {
            return false;
        }
        if (dueWithin.isPresent()) {
            LocalDate last = today.plusDays(dueWithin.get());
            boolean inWindow = entry.action()
                    .due()
                    .filter(due -> !due.isBefore(today) && !due.isAfter(last))
                    .isPresent();
            if (entry.done() || !inWindow) {
                return false;
            }
        }
        return project.isEmpty()
                || entry.project().filter(project.get()::equalsIgnoreCase).isPresent();
    }

    /** The filters given, in words ("assigned to ebellm", "open", "in project DM"); empty for {@link #all()}. */
    public List<String> describe() {
        List<String> words = new ArrayList<>();
        assignee.ifPresent(name -> words.add("assigned to " + name));
        state.ifPresent(wanted -> words.add(wanted.word()));
        if (overdue) {
            words.add("overdue");
        }
        dueWithin.ifPresent(days -> words.add("due within " + days + (days == 1 ? " day" : " days")));
        project.ifPresent(key -> words.add("in project " + key));
        return words;
    }
}
