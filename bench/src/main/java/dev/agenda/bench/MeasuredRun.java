package dev.agenda.bench;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One measured run against a {@link BenchJira}: the wall time it took, the HTTP requests the fake Jira received during
 * it (by route), and what the run answered. Runs are measured one at a time; a run's requests are the difference of the
 * server's counts before and after, so nothing else may use the same server meanwhile.
 *
 * @param outcome what the run answered, for a check that it did what it should
 */
public record MeasuredRun<T>(Duration wall, Map<String, Integer> requestsByRoute, T outcome) {

    public MeasuredRun {
        requestsByRoute = Map.copyOf(requestsByRoute);
    }

    /** Runs {@code work} once and measures it. */
    public static <T> MeasuredRun<T> of(BenchJira jira, Supplier<T> work) {
        Map<String, Integer> before = jira.server().requestCounts();
        long start = System.nanoTime();
        T outcome = work.get();
        Duration wall = Duration.ofNanos(System.nanoTime() - start);
        Map<String, Integer> delta = new TreeMap<>();
        jira.server().requestCounts().forEach((route, count) -> {
            int added = count - before.getOrDefault(route, 0);
            if (added > 0) {
                delta.put(route, added);
            }
        });
        return new MeasuredRun<>(wall, delta, outcome);
    }

    public int requests() {
        return requestsByRoute.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Wall time in milliseconds, one decimal. */
    public String millis() {
        return String.format("%,.1f", wall.toNanos() / 1e6);
    }

    /** Requests by route, sorted, as {@code "POST /rest/api/2/search ×1, …"}. */
    public String routes() {
        return new TreeMap<>(requestsByRoute)
                .entrySet().stream()
                        .map(entry -> entry.getKey() + " ×" + entry.getValue())
                        .collect(Collectors.joining(", "));
    }
}
