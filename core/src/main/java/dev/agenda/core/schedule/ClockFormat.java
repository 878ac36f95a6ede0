package dev.agenda.core.schedule;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** How times and durations are written on the page and in messages: {@code 09:30}, {@code 1 h 15 min}. */
public final class ClockFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private ClockFormat() {}

    public static String time(LocalTime time) {
        return TIME.format(time);
    }

    public static String duration(Duration duration) {
        long minutes = duration.toMinutes();
        long hours = minutes / 60;
        long rest = minutes % 60;
        if (hours == 0) {
            return rest + " min";
        }
        return rest == 0 ? hours + " h" : hours + " h " + rest + " min";
    }
}
