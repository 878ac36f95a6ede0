package dev.agenda.sync.status;

import static org.junit.Assert.assertEquals;

import dev.agenda.core.tracker.Issue;
import dev.agenda.core.tracker.IssueStatus;
import dev.agenda.core.tracker.StatusCategory;
import dev.agenda.core.tracker.TrackerError;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

public class StatusWordingTest {

    private final Instant now = Instant.parse("2017-12-04T17:00:00Z");
    private final StatusWording wording =
            new StatusWording(Clock.fixed(now, ZoneId.of("UTC")), ZoneId.of("America/Phoenix"));

    @Test
    public void agesReadAsPeopleSayThem() {
        assertEquals("just now", wording.age(now.minusSeconds(30)));
        assertEquals("12 min ago", wording.age(now.minus(Duration.ofMinutes(12))));
        assertEquals("3 h ago", wording.age(now.minus(Duration.ofHours(3))));
        assertEquals("on 1 Dec", wording.age(now.minus(Duration.ofDays(3))));
        assertEquals("on 1 Dec 2016", wording.age(now.minus(Duration.ofDays(368))));
    }

    @Test
    public void theTickAndJiraDisagreeingIsSaidBothWays() {
        Issue inProgress = issue(new IssueStatus("In Progress", StatusCategory.IN_PROGRESS), Optional.empty());
        Issue done = issue(
                new IssueStatus("Closed", StatusCategory.DONE), Optional.of(Instant.parse("2017-12-04T10:00:00Z")));

        assertEquals(Optional.of("Ticked on the page · In Progress in Jira"), wording.thenAndNow(true, inProgress));
        assertEquals(
                Optional.of("Not ticked on the page · Closed in Jira since 4 Dec"), wording.thenAndNow(false, done));
        assertEquals(Optional.empty(), wording.thenAndNow(true, done));
        assertEquals(Optional.empty(), wording.thenAndNow(false, inProgress));
    }

    @Test
    public void eachProblemHasItsOwnWords() {
        assertEquals(
                Optional.of("Jira project NOPE doesn't exist or you don't have permission to view it"),
                wording.problem(failed("NOPE-1", TrackerError.projectNotFound("NOPE"))));
        assertEquals(
                Optional.of("Jira issue DM-9 doesn't exist or you don't have permission to view it"),
                wording.problem(failed("DM-9", TrackerError.issueNotFound("DM-9"))));
        assertEquals(
                Optional.of("Authorise with Jira to see DM-9"),
                wording.problem(failed("DM-9", TrackerError.of(TrackerError.Kind.NOT_AUTHENTICATED, "consent"))));
        assertEquals(
                Optional.of("Jira unreachable — no status known yet"),
                wording.problem(failed("DM-9", TrackerError.of(TrackerError.Kind.UNAVAILABLE, "refused"))));
        assertEquals(
                Optional.empty(),
                wording.problem(new KeyStatus(
                        "DM-9",
                        Optional.of(issue(new IssueStatus("To Do", StatusCategory.TO_DO), Optional.empty())),
                        Optional.of(now),
                        Optional.empty(),
                        false)));
    }

    private static KeyStatus failed(String key, TrackerError error) {
        return new KeyStatus(key, Optional.empty(), Optional.empty(), Optional.of(error), false);
    }

    private static Issue issue(IssueStatus status, Optional<Instant> categoryChanged) {
        return new Issue(
                "1",
                "DM-1",
                "summary",
                status,
                Optional.empty(),
                Optional.empty(),
                List.of(),
                Optional.empty(),
                categoryChanged,
                Map.of());
    }
}
