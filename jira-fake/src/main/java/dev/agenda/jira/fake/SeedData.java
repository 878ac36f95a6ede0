package dev.agenda.jira.fake;

import dev.agenda.core.tracker.Description;
import dev.agenda.core.tracker.IssueStatus;
import dev.agenda.core.tracker.IssueType;
import dev.agenda.core.tracker.Project;
import dev.agenda.core.users.CsvUserDirectoryReader;
import dev.agenda.core.users.User;
import dev.agenda.core.users.UserDirectoryFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What the fake Jira starts with: its projects and issue types, the reference page's users (the {@code users.csv}
 * beside this class, a copy of {@code examples/users.csv}), and the issues that page mentions. Kept apart from the
 * world so that the world's rules do not drown in data.
 */
final class SeedData {

    static final List<Project> PROJECTS =
            List.of(new Project("10100", "DM", "Data Management"), new Project("10200", "RFC", "Requests for Comment"));

    static final List<IssueType> ISSUE_TYPES = List.of(
            new IssueType("10001", "Task", false),
            new IssueType("10002", "Bug", false),
            new IssueType("10003", "Story", false),
            new IssueType("10004", "Sub-task", true));

    /** An issue the world starts with; the issues before it in its project are taken as never visible. */
    record SeedIssue(
            String projectKey, int number, String summary, String description, String assignee, IssueStatus status) {}

    static final List<SeedIssue> ISSUES = List.of(
            new SeedIssue(
                    "DM",
                    12813,
                    "Define the metadata pipeline outputs need to be useful for SUIT",
                    "Schedule work to provide information on the metadata which should be included in pipeline"
                            + " outputs to make them useful for SUIT.",
                    "gpdf",
                    Workflow.IN_PROGRESS),
            new SeedIssue(
                    "RFC",
                    188,
                    "Support stack releases",
                    "Who supports the software stack releases, and how.",
                    "swinbank",
                    Workflow.TO_DO),
            new SeedIssue(
                    "RFC",
                    243,
                    "Pipeline output dataset",
                    "Adopt a defined pipeline output dataset.",
                    "ktl",
                    Workflow.DONE));

    /** The user who reported the seeded issues. */
    static final String REPORTER = "womullane";

    private SeedData() {}

    static List<FakeUser> users() {
        String csv;
        try (InputStream in = SeedData.class.getResourceAsStream("users.csv")) {
            if (in == null) {
                throw new IllegalStateException("the fake Jira's users.csv is missing from its jar");
            }
            csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the fake Jira's users.csv", e);
        }
        List<User> directory;
        try {
            directory = new CsvUserDirectoryReader().read(csv).users();
        } catch (UserDirectoryFormatException e) {
            throw new IllegalStateException("the fake Jira's users.csv is broken: " + e.getMessage(), e);
        }
        List<FakeUser> users = new ArrayList<>();
        for (User user : directory) {
            String name = user.jiraUser().orElse(user.username());
            users.add(FakeUser.of(
                    name, users.size(), user.displayName(), user.email().orElse(name + "@example.org")));
        }
        return List.copyOf(users);
    }

    static Description description(String text) {
        return Description.of(Description.Paragraph.of(new Description.Text(text)));
    }
}
