package dev.agenda.jira.fake;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Counts requests by route — method and path template, {@code "GET /rest/api/2/issue/{key}"} — for tests and
 * benchmarks; a request no resource matches is counted under its own path. Thread-safe.
 */
final class RequestCounter {

    private final Map<String, AtomicInteger> byRoute = new ConcurrentHashMap<>();
    private final AtomicInteger total = new AtomicInteger();

    void count(String route) {
        total.incrementAndGet();
        byRoute.computeIfAbsent(route, key -> new AtomicInteger()).incrementAndGet();
    }

    int total() {
        return total.get();
    }

    int of(String route) {
        AtomicInteger count = byRoute.get(route);
        return count == null ? 0 : count.get();
    }

    int matching(Pattern pattern) {
        return byRoute.entrySet().stream()
                .filter(entry -> pattern.matcher(entry.getKey()).matches())
                .mapToInt(entry -> entry.getValue().get())
                .sum();
    }

    /** Every route requested so far, sorted, with its count. */
    Map<String, Integer> snapshot() {
        Map<String, Integer> copy = new TreeMap<>();
        byRoute.forEach((route, count) -> copy.put(route, count.get()));
        return copy;
    }

    void reset() {
        byRoute.clear();
        total.set(0);
    }
}
