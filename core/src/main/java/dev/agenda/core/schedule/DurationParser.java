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
        Duration duration = null;
        Matcher matcher;
        if ((matcher = MINUTES_ONLY.matcher(cell)).matches()) {
            duration = Duration.ofMinutes(Long.parseLong(matcher.group(1)));
        } else if ((matcher = CLOCK.matcher(cell)).matches()) {
            duration = Duration.ofHours(Long.parseLong(matcher.group(1))).plusMinutes(Long.parseLong(matcher.group(2)));
        } else if ((matcher = HOURS_AND_MINUTES.matcher(cell)).matches()) {
            double hours = Double.parseDouble(matcher.group(1).replace(',', '.'));
            long minutes = Math.round(hours * 60) + (matcher.group(2) == null ? 0 : Long.parseLong(matcher.group(2)));
            duration = Duration.ofMinutes(minutes);
        }
        return Optional.ofNullable(duration).filter(d -> !d.isZero());
    }
}
