package dev.agenda.sync.status;

import dev.agenda.core.tracker.Issue;
import dev.agenda.core.tracker.TrackerError;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * The words the page shows about a status: why a key has none ("Jira project NOPE doesn't exist or you don't have
 * permission to view it"), how old a last known status is ("Jira unreachable — showing status from 12 min ago"), and
 * where the page's tick and Jira disagree ("Ticked on the page · In Progress in Jira"). Thread-safe.
 */
public final class StatusWording {

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final Clock clock;
    private final ZoneId zone;

    public StatusWording(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    /** Why this key shows no current status; empty when it does. */
    public Optional<String> problem(KeyStatus status) {
        if (status.problem().isEmpty()) {
            return Optional.empty();
        }
        TrackerError error = status.problem().get();
        return Optional.of(
                switch (error.kind()) {
                    case PROJECT_NOT_FOUND, ISSUE_NOT_FOUND, INVALID, NOT_FOUND -> withoutFullStop(error.message());
                    case NOT_AUTHENTICATED -> "Authorise with Jira to see " + status.key();
                    case FORBIDDEN -> "You don't have permission to view " + status.key() + " in Jira";
                    case RATE_LIMITED -> "Jira is busy" + lastKnown(status);
                    case BAD_RESPONSE -> "Jira answered something unreadable" + lastKnown(status);
                    case UNAVAILABLE -> "Jira unreachable" + lastKnown(status);
                });
    }

    /** "12 min ago", "just now", "3 h ago", "on 4 Dec". */
    public String age(Instant then) {
        Duration age = Duration.between(then, clock.instant());
        if (age.toMinutes() < 1) {
            return "just now";
        }
        if (age.toHours() < 1) {
            return age.toMinutes() + " min ago";
        }
        if (age.toHours() < 24) {
            return age.toHours() + " h ago";
        }
        return "on " + date(then);
    }

    /**
     * Where the page's tick and the issue's status category disagree, both sides: "Ticked on the page · In Progress
     * in Jira", "Not ticked on the page · Done in Jira since 4 Dec". Empty when they agree.
     */
    public Optional<String> thenAndNow(boolean tickedOnPage, Issue issue) {
        boolean doneInJira = issue.status().isDone();
        if (tickedOnPage == doneInJira) {
            return Optional.empty();
        }
        if (tickedOnPage) {
            return Optional.of("Ticked on the page · " + issue.status().name() + " in Jira");
        }
        String since = issue.statusCategoryChanged()
                .map(changed -> " since " + date(changed))
                .orElse("");
        return Optional.of("Not ticked on the page · " + issue.status().name() + " in Jira" + since);
    }

    private String lastKnown(KeyStatus status) {
        return status.seenAt()
                .map(seen -> " — showing status from " + age(seen))
                .orElse(" — no status known yet");
    }

    private String date(Instant instant) {
        var day = instant.atZone(zone);
        return (day.getYear() == clock.instant().atZone(zone).getYear() ? DAY_MONTH : DAY_MONTH_YEAR).format(day);
    }

    private static String withoutFullStop(String message) {
        return message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
    }
}
