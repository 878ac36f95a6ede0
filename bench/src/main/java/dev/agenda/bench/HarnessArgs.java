package dev.agenda.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of the request-count harnesses: sizes as plain numbers ({@code 10 100 1000}, or comma-separated),
 * and optionally {@code --latency-ms=N} for the fake Jira's latency (default {@link BenchJira#LATENCY}). Immutable.
 *
 * @param sizes   the sizes to measure, in the order given; the harness's defaults when none are given
 * @param latency the delay before every answer of the fake Jira
 */
public record HarnessArgs(List<Integer> sizes, Duration latency) {

    public HarnessArgs {
        sizes = List.copyOf(sizes);
    }

    /** Reads the arguments; throws {@link IllegalArgumentException} with a usage message for anything else. */
    public static HarnessArgs parse(String[] args, List<Integer> defaultSizes) {
        List<Integer> sizes = new ArrayList<>();
        Duration latency = BenchJira.LATENCY;
        for (String arg : args) {
            if (arg.startsWith("--latency-ms=")) {
                latency = Duration.ofMillis(number(arg.substring("--latency-ms=".length())));
                continue;
            }
            for (String part : arg.split(",", -1)) {
                if (!part.isBlank()) {
                    int size = number(part.strip());
                    if (size < 1) {
                        throw new IllegalArgumentException("sizes are at least 1: " + part);
                    }
                    sizes.add(size);
                }
            }
        }
        return new HarnessArgs(sizes.isEmpty() ? defaultSizes : sizes, latency);
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("usage: [N ...] [--latency-ms=MS]; not a number: " + text);
        }
    }
}
