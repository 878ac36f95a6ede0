package dev.agenda.core.schedule;

import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the times people write in agenda tables: {@code 09:00}, {@code 9:00}, {@code 9.00}, {@code 0900},
 * {@code 9:00 AM}, {@code 9am}, {@code 9 a.m.}, {@code 13:30}, and ranges of two of them joined by a hyphen,
 * en or em dash, or "to" ({@code 09:00-09:30}, {@code 9–9:30am}). In a range with one meridiem, the other end
 * takes the one that keeps the range going forwards ({@code 11-1pm} is 11:00–13:00).
 * {@code TBD}, {@code TBC}, {@code TBA} and {@code ?} (any case, with or without dots) are
 * {@link TimeCell.ToBeDecided}. Anything else is {@link TimeCell.Unreadable}; blank text is {@link TimeCell.Blank}.
 * Stateless.
 */
public final class TimeParser {

    private static final String TIME = "(\\d{1,2})(?:[:.h](\\d{2}))?\\s*(?:([ap])\\.?\\s*m\\.?)?";
    private static final Pattern SINGLE = Pattern.compile(TIME, Pattern.CASE_INSENSITIVE);
    private static final Pattern COMPACT = Pattern.compile("([01]\\d|2[0-3])([0-5]\\d)");
    private static final Pattern TO_BE_DECIDED = Pattern.compile("t\\.?\\s*b\\.?\\s*[dca]\\.?|\\?+");
    private static final Pattern RANGE =
            Pattern.compile("(.+?)\\s*(?:-|–|—|\\bto\\b|\\buntil\\b)\\s*(.+)", Pattern.CASE_INSENSITIVE);

    public TimeCell parse(String text) {
        String cell = normalise(text);
        if (cell.isEmpty()) {
            return new TimeCell.Blank();
        }
        if (TO_BE_DECIDED.matcher(cell).matches()) {
            return new TimeCell.ToBeDecided(text.strip());
        }
        Optional<Written> single = readTime(cell, false);
        if (single.isPresent()) {
            return single.get()
                    .resolve(null)
                    .<TimeCell>map(TimeCell.At::new)
                    .orElse(new TimeCell.Unreadable(text.strip()));
        }
        Matcher range = RANGE.matcher(cell);
        if (range.matches()) {
            Optional<Written> from = readTime(range.group(1), true);
            Optional<Written> to = readTime(range.group(2), true);
            if (from.isPresent() && to.isPresent()) {
                return resolveRange(from.get(), to.get()).orElse(new TimeCell.Unreadable(text.strip()));
            }
        }
        return new TimeCell.Unreadable(text.strip());
    }

    private static Optional<TimeCell> resolveRange(Written from, Written to) {
        Optional<LocalTime> end = to.resolve(null);
        if (end.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalTime> start;
        if (from.meridiem == null && to.meridiem != null && from.hour <= 12) {
            start = from.resolve(to.meridiem).filter(candidate -> !candidate.isAfter(end.get()));
            if (start.isEmpty()) {
                start = from.resolve(to.meridiem == 'a' ? 'p' : 'a');
            }
        } else {
            start = from.resolve(null);
        }
        return start.map(s -> new TimeCell.Range(s, end.get()));
    }

    /** A bare hour ({@code 9}) is a time only as one end of a range; alone it is a duration or a count. */
    private static Optional<Written> readTime(String text, boolean bareHourAllowed) {
        String candidate = text.strip();
        Matcher compact = COMPACT.matcher(candidate);
        if (compact.matches()) {
            return Optional.of(
                    new Written(Integer.parseInt(compact.group(1)), Integer.parseInt(compact.group(2)), null));
        }
        Matcher single = SINGLE.matcher(candidate);
        if (!single.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(single.group(1));
        int minute = single.group(2) == null ? 0 : Integer.parseInt(single.group(2));
        @Nullable
        Character meridiem = single.group(3) == null
                ? null
                : Character.toLowerCase(single.group(3).charAt(0));
        if (meridiem == null && single.group(2) == null && !bareHourAllowed) {
            return Optional.empty();
        }
        return Optional.of(new Written(hour, minute, meridiem));
    }

    private static String normalise(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ').strip().toLowerCase(Locale.ROOT);
    }

    /** A time as written, before its meridiem is applied. */
    private record Written(int hour, int minute, @Nullable Character meridiem) {

        Optional<LocalTime> resolve(@Nullable Character impliedMeridiem) {
            Character applied = meridiem != null ? meridiem : impliedMeridiem;
            if (minute > 59) {
                return Optional.empty();
            }
            if (applied == null) {
                return hour <= 23 ? Optional.of(LocalTime.of(hour, minute)) : Optional.empty();
            }
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            int twentyFour = hour % 12 + (applied == 'p' ? 12 : 0);
            return Optional.of(LocalTime.of(twentyFour, minute));
        }
    }
}
