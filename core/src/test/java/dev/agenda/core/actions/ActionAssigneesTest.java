package dev.agenda.core.actions;

import static dev.agenda.core.Fixtures.page;
import static dev.agenda.core.Fixtures.task;
import static dev.agenda.core.Fixtures.user;
import static org.junit.Assert.assertEquals;

import dev.agenda.core.users.InMemoryUserDirectory;
import dev.agenda.core.users.Person;
import dev.agenda.core.users.User;
import dev.agenda.core.users.UserDirectory;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

/** The ways a task names who does it, and what is left as the action's text: one task per case. */
@RunWith(Parameterized.class)
public class ActionAssigneesTest {

    private static final UserDirectory USERS = new InMemoryUserDirectory(List.of(
            new User(
                    "ktl",
                    Optional.of("key-ktl"),
                    Optional.of("acc-ktl"),
                    Optional.of("Kian-Tat Lim"),
                    Optional.empty(),
                    Optional.empty()),
            User.named("gpdf", "Gregory Dubois-Felsmann"),
            User.named("swinbank", "John Swinbank")));

    @Parameters(name = "{0}")
    public static List<Object[]> cases() {
        return List.of(
                row(
                        "assignees joined by & before a colon",
                        user("ktl") + " &amp; " + user("gpdf") + ": Get together <time datetime=\"2017-12-31\" />",
                        List.of("ktl", "gpdf"),
                        "Get together",
                        "2017-12-31"),
                row(
                        "assignees joined by and before will",
                        user("ktl") + " and " + user("swinbank") + " will audit the list.",
                        List.of("ktl", "swinbank"),
                        "Audit the list.",
                        null),
                row(
                        "an assignee before to",
                        user("gpdf") + " to draft the plan",
                        List.of("gpdf"),
                        "Draft the plan",
                        null),
                row(
                        "a list of three with commas",
                        user("ktl") + ", " + user("gpdf") + ", and " + user("swinbank") + ": meet",
                        List.of("ktl", "gpdf", "swinbank"),
                        "Meet",
                        null),
                row(
                        "a person mentioned later is not an assignee but stays in the text",
                        user("gpdf") + ": (work with " + user("swinbank") + ") schedule work "
                                + "<time datetime=\"2017-11-15\" />",
                        List.of("gpdf"),
                        "(work with John Swinbank) schedule work",
                        "2017-11-15"),
                row(
                        "a task that starts with words has no assignee",
                        "Ask " + user("ktl") + " about it",
                        List.of(),
                        "Ask Kian-Tat Lim about it",
                        null),
                row(
                        "an unknown person keeps the name as written",
                        user("xiuqin") + ": check with " + user("nobody"),
                        List.of("xiuqin"),
                        "Check with @nobody",
                        null),
                row(
                        "a person referenced by user key is resolved to the username",
                        "<ac:link><ri:user ri:userkey=\"key-ktl\" /></ac:link>: one",
                        List.of("ktl"),
                        "One",
                        null),
                row(
                        "a person referenced by account id is resolved to the username",
                        "<ac:link><ri:user ri:account-id=\"acc-ktl\" /></ac:link>: two",
                        List.of("ktl"),
                        "Two",
                        null),
                row(
                        "an unknown user key is kept as the username",
                        "<ac:link><ri:user ri:userkey=\"8a7f\" /></ac:link>: three",
                        List.of("8a7f"),
                        "Three",
                        null));
    }

    /** What the case shows, for its name. */
    @Parameter(0)
    public String description;

    /** The task's body in storage format. */
    @Parameter(1)
    public String body;

    @Parameter(2)
    public List<String> assignees;

    @Parameter(3)
    public String text;

    @Parameter(4)
    public Optional<LocalDate> due;

    @Test
    public void theAssigneesTextAndDueDateAreAsTheTableSays() {
        List<ActionItem> actions = page(
                        "p1", "<ac:task-list>" + task("1", "incomplete", body) + "</ac:task-list>", USERS)
                .actions();

        assertEquals(1, actions.size());
        ActionItem action = actions.get(0);
        assertEquals(
                assignees, action.assignees().stream().map(Person::username).toList());
        assertEquals(text, action.text());
        assertEquals(due, action.due());
    }

    private static Object[] row(String description, String body, List<String> assignees, String text, String due) {
        return new Object[] {
            description, body, assignees, text, Optional.ofNullable(due).map(LocalDate::parse)
        };
    }
}
