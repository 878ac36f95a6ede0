package dev.agenda.jira.contract;

import dev.agenda.core.tracker.Description;
import dev.agenda.core.tracker.IssueTracker;
import dev.agenda.core.tracker.NewIssue;
import dev.agenda.core.tracker.TrackerUser;
import dev.agenda.core.tracker.UserLookup;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The requests {@link IssueTrackerContract} builds and the answers it reads outside its cases: the issues it creates
 * (a meeting action, a plain issue), the key of one that does not exist, and a user found by email. Built over the
 * contract's tracker and the hooks by which a backend shapes what it creates — its project, summary and labels — each
 * asked anew on every use, since a backend may open its tracker, or name its test's labels, only once the test runs.
 */
final class ContractIssues {

    private final Supplier<IssueTracker> tracker;
    private final Supplier<String> project;
    private final UnaryOperator<String> summary;
    private final Supplier<List<String>> labels;

    ContractIssues(
            Supplier<IssueTracker> tracker,
            Supplier<String> project,
            UnaryOperator<String> summary,
            Supplier<List<String>> labels) {
        this.tracker = tracker;
        this.project = project;
        this.summary = summary;
        this.labels = labels;
    }

    /** The user the tracker finds by this email; there must be one. */
    TrackerUser userWithEmail(String email) {
        return tracker.get()
                .findUser(new UserLookup(UserLookup.By.EMAIL, email))
                .value()
                .orElseThrow(() -> new AssertionError("no user with the email " + email));
    }

    /** A meeting action: a task with a description, the assignee if any, a due date, and its action id property. */
    NewIssue action(String summary, TrackerUser assignee, String actionId) {
        return new NewIssue(
                project.get(),
                "Task",
                this.summary.apply(summary),
                Description.of(
                        Description.Paragraph.of(
                                new Description.Text(summary + " — from "),
                                new Description.Link("the DMLT meeting", "https://confluence.example.org/x/42")),
                        new Description.BulletList(List.of(List.of(new Description.Text("Also: John Swinbank"))))),
                Optional.ofNullable(assignee),
                Optional.of(LocalDate.of(2017, 12, 4)),
                labels.get(),
                Map.of(IssueTrackerContract.PROPERTY, Map.of("actionId", actionId)));
    }

    /** An issue with no assignee, due date, description or property. */
    String plainIssue(String summary) {
        return tracker.get()
                .createIssue(new NewIssue(
                        project.get(),
                        "Task",
                        this.summary.apply(summary),
                        Description.of(),
                        Optional.empty(),
                        Optional.empty(),
                        labels.get(),
                        Map.of()))
                .value()
                .key();
    }

    /** The key of an issue that does not exist, in the contract's project. */
    String missingIssue() {
        return project.get() + "-999999";
    }

    static List<String> sorted(List<String> values) {
        return values.stream().sorted().toList();
    }
}
