package dev.agenda.core.schedule;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the durations people write in agenda tables: {@code 10 min}, {@code 10m}, {@code 10 mins},
 * {@code 1h}, {@code 1 hr}, {@code 2 hours}, {@code 1.5h}, {@code 1 h 15 min}, {@code 1h15}, {@code 1:15},
 * {@code 0:20} (hours:minutes) and a bare number of minutes ({@code 90}). Anything else, and zero, is not a
 * duration. Stateless.
 */
public final class DurationParser {

    private static final Pattern MINUTES_ONLY = Pattern.compile("(\\d{1,4})\\s*(?:m|min|mins|minute|minutes|')?");
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2}):([0-5]\\d)");
    private static final Pattern HOURS_AND_MINUTES =
            Pattern.compile("(\\d{1,2}(?:[.,]\\d{1,2})?)\\s*(?:h|hr|hrs|hour|hours)"
                    + "(?:\\s*(?:and\\s*)?(\\d{1,3})\\s*(?:m|min|mins|minute|minutes)?)?");

    /** The duration the text states, or empty if it states none (blank, {@code TBD}, zero). */
    public Optional<Duration> parse(String text) {
        String cell = text.replace('\u00A0', ' ').strip().toLowerCase(Locale.ROOT);
        Matcher minutesOnly = MINUTES_ONLY.matcher(cell);
        Matcher clock = CLOCK.matcher(cell);
        Matcher hoursAndMinutes = HOURS_AND_MINUTES.matcher(cell);
        Duration duration;
        if (minutesOnly.matches()) {
            duration = Duration.ofMinutes(Long.parseLong(minutesOnly.group(1)));
        } else if (clock.matches()) {
            duration = Duration.ofHours(Long.parseLong(clock.group(1))).plusMinutes(Long.parseLong(clock.group(2)));
        } else if (hoursAndMinutes.matches()) {
            double hours = Double.parseDouble(hoursAndMinutes.group(1).replace(',', '.'));
            String extraMinutes = hoursAndMinutes.group(2);
            duration = Duration.ofMinutes(
                    Math.round(hours * 60) + (extraMinutes == null ? 0 : Long.parseLong(extraMinutes)));
        } else {
            return Optional.empty();
        }
        return Optional.of(duration).filter(d -> !d.isZero());
    }
}
