package dev.agenda.core.agenda;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code agenda} macro's parameters, validated. A bad value never stops the agenda from rendering: it is
 * replaced by the default and described in {@link #problems()}, which the page shows beside the agenda.
 *
 * @param title     the heading of the day ("Day 1"); may be empty
 * @param date      the day of the meeting (ISO {@code YYYY-MM-DD})
 * @param zone      the meeting's timezone (IANA id); the server's when not given or not valid
 * @param start     when the first item starts, for tables that give durations instead of times
 * @param project   the Jira project key for this agenda's actions
 * @param issueType the Jira issue type for this agenda's actions
 */
public record AgendaParameters(
        String title,
        Optional<LocalDate> date,
        ZoneId zone,
        Optional<LocalTime> start,
        Optional<String> project,
        String issueType,
        List<String> problems) {

    public static final String DEFAULT_ISSUE_TYPE = "Task";
    /** The parameter names, in the order the macro browser shows them. */
    public static final List<String> NAMES = List.of("title", "date", "timezone", "start", "project", "issueType");

    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,254}");
    private static final Pattern CLOCK = Pattern.compile("([01]?\\d|2[0-3]):([0-5]\\d)");

    public AgendaParameters {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(issueType, "issueType");
        problems = List.copyOf(problems);
    }

    /**
     * Validates the raw parameters as Confluence passes them to a macro.
     *
     * @param serverZone the zone used when {@code timezone} is absent or not valid
     */
    public static AgendaParameters parse(Map<String, String> raw, ZoneId serverZone) {
        List<String> problems = new ArrayList<>();
        String title = value(raw, "title").orElse("");

        Optional<LocalDate> date = value(raw, "date").flatMap(text -> {
            try {
                return Optional.of(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                problems.add("The date ‘" + text + "’ is not a date; write it as YYYY-MM-DD, e.g. 2017-11-02.");
                return Optional.empty();
            }
        });

        ZoneId zone = value(raw, "timezone")
                .map(text -> {
                    try {
                        return ZoneId.of(text);
                    } catch (DateTimeException e) {
                        problems.add("The timezone ‘" + text + "’ is not a known timezone; write an IANA id such as "
                                + "America/Phoenix or Europe/Paris. Using " + serverZone.getId() + ".");
                        return serverZone;
                    }
                })
                .orElse(serverZone);

        Optional<LocalTime> start = value(raw, "start").flatMap(text -> {
            var matcher = CLOCK.matcher(text);
            if (matcher.matches()) {
                return Optional.of(
                        LocalTime.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))));
            }
            problems.add("The start ‘" + text + "’ is not a time; write it as HH:mm, e.g. 09:00.");
            return Optional.empty();
        });

        Optional<String> project = value(raw, "project").flatMap(text -> {
            String key = text.toUpperCase(Locale.ROOT);
            if (PROJECT_KEY.matcher(key).matches()) {
                return Optional.of(key);
            }
            problems.add("The project ‘" + text + "’ is not a Jira project key; write the key, e.g. DM.");
            return Optional.empty();
        });

        String issueType = value(raw, "issueType").orElse(DEFAULT_ISSUE_TYPE);
        return new AgendaParameters(title, date, zone, start, project, issueType, problems);
    }

    private static Optional<String> value(Map<String, String> raw, String name) {
        String value = raw.get(name);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(value.strip());
    }
}
