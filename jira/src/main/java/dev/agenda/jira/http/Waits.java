package dev.agenda.jira.http;

import java.time.Duration;

/** Durations in the words messages use: {@code 0.4 s}, {@code 12 s}, {@code 3 min}, {@code 2 min 5 s}. */
final class Waits {

    private Waits() {}

    static String words(Duration duration) {
        long millis = Math.max(0, duration.toMillis());
        if (millis < 10_000 && millis % 1000 != 0) {
            return String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        long seconds = (millis + 999) / 1000;
        if (seconds < 120) {
            return seconds + " s";
        }
        long minutes = seconds / 60;
        long rest = seconds % 60;
        return minutes + " min" + (rest == 0 ? "" : " " + rest + " s");
    }
}
