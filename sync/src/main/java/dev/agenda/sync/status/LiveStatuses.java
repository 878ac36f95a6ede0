package dev.agenda.sync.status;

import dev.agenda.core.tracker.Issue;
import dev.agenda.core.tracker.IssueTracker;
import dev.agenda.core.tracker.Result;
import dev.agenda.core.tracker.TrackerError;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The live Jira statuses a page shows, per viewer: answered from {@link StatusMemory} when it knows the key, read
 * from Jira in one batched look-up (as few JQL searches as the keys need) for the keys it does not know — or for all
 * of them when the viewer asks for a fresh look. Entries older than the freshness window are answered as they are and
 * reported as stale, so the host can refresh them in the background with {@link #refresh}; the page never waits on
 * a refresh it did not ask for.
 *
 * <p>Each key stands alone: a key whose project does not exist, an issue that does not exist, gets its own problem
 * while its neighbours get their issues. When Jira cannot be reached, a key keeps the issue last seen, marked with
 * the problem and when it was seen. When Jira says an issue is not (or no longer) visible, the last seen issue is
 * forgotten for that viewer. Thread-safe.
 */
public final class LiveStatuses {

    /** How long a look at Jira is fresh by default. */
    public static final Duration DEFAULT_FRESH_FOR = Duration.ofMinutes(1);
    /**
     * After a look-up Jira could not answer at all, how long other page views answer unknown keys as unreachable
     * without asking (each attempt can take seconds of retries); Refresh still asks.
     */
    public static final Duration UNREACHABLE_HOLD = Duration.ofSeconds(30);

    private final StatusMemory memory;
    private final Clock clock;
    private final Duration freshFor;
    private final Set<String> refreshing = new HashSet<>();
    private volatile Instant unreachableAt = Instant.MIN;

    /** Statuses fresh for {@link #DEFAULT_FRESH_FOR}. */
    public LiveStatuses(StatusMemory memory, Clock clock) {
        this(memory, clock, DEFAULT_FRESH_FOR);
    }

    public LiveStatuses(StatusMemory memory, Clock clock, Duration freshFor) {
        this.memory = Objects.requireNonNull(memory, "memory");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.freshFor = Objects.requireNonNull(freshFor, "freshFor");
    }

    /** What a look answered: a status per key, in the order asked, and the keys whose status is stale. */
    public record Answer(List<KeyStatus> statuses, List<String> stale) {
        public Answer {
            statuses = List.copyOf(statuses);
            stale = List.copyOf(stale);
        }
    }

    /**
     * The statuses of {@code keys} for {@code viewer}.
     *
     * @param fresh   ask Jira for every key now, instead of only for those not known yet (the page's Refresh)
     * @param tracker the viewer's tracker, or why there is none (then every key asked is answered with that problem)
     */
    public Answer statuses(String viewer, Collection<String> keys, boolean fresh, Result<IssueTracker> tracker) {
        List<String> wanted = List.copyOf(new LinkedHashSet<>(keys));
        List<String> unknown = fresh
                ? wanted
                : wanted.stream()
                        .filter(key -> memory.get(viewer, key).isEmpty())
                        .toList();
        if (!unknown.isEmpty()) {
            // Jira just failed to answer: do not tie up this request finding that out again.
            ask(
                    viewer,
                    unknown,
                    !fresh && unreachableRecently()
                            ? Result.failed(TrackerError.of(
                                    TrackerError.Kind.UNAVAILABLE,
                                    "Jira could not be reached moments ago; it is asked again shortly."))
                            : tracker);
        }
        Instant now = clock.instant();
        List<KeyStatus> statuses = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        for (String key : wanted) {
            StatusMemory.Entry entry = memory.get(viewer, key).orElseGet(() -> unanswered(now));
            boolean old = entry.askedAt().plus(freshFor).isBefore(now);
            if (old) {
                stale.add(key);
            }
            statuses.add(new KeyStatus(key, entry.lastKnown(), entry.seenAt(), entry.problem(), old));
        }
        return new Answer(statuses, stale);
    }

    /**
     * Asks Jira again for those of {@code keys} not already being asked for this viewer — the background refresh of
     * stale entries. Answers how many were asked.
     */
    public int refresh(String viewer, Collection<String> keys, Result<IssueTracker> tracker) {
        List<String> mine = claim(viewer, keys);
        try {
            if (!mine.isEmpty()) {
                ask(viewer, mine, tracker);
            }
            return mine.size();
        } finally {
            release(viewer, mine);
        }
    }

    private void ask(String viewer, List<String> keys, Result<IssueTracker> tracker) {
        Instant now = clock.instant();
        if (tracker instanceof Result.Failed<IssueTracker> failed) {
            keys.forEach(key -> remember(viewer, key, failed.error(), now));
            return;
        }
        Map<String, Result<Issue>> found = tracker.value().issuesByKey(keys, List.of());
        boolean unreachable = !keys.isEmpty()
                && keys.stream()
                        .allMatch(key -> found.get(key) instanceof Result.Failed<?> failed
                                && failed.error().kind() == TrackerError.Kind.UNAVAILABLE);
        unreachableAt = unreachable ? clock.instant() : Instant.MIN;
        for (String key : keys) {
            Result<Issue> answer = found.get(key);
            if (answer instanceof Result.Ok<Issue> ok) {
                memory.put(
                        viewer,
                        key,
                        new StatusMemory.Entry(Optional.of(ok.value()), Optional.of(now), Optional.empty(), now));
            } else {
                remember(
                        viewer,
                        key,
                        answer == null
                                ? TrackerError.of(
                                        TrackerError.Kind.BAD_RESPONSE, "Jira did not answer for " + key + ".")
                                : ((Result.Failed<Issue>) answer).error(),
                        now);
            }
        }
    }

    private boolean unreachableRecently() {
        Instant at = unreachableAt;
        return !at.equals(Instant.MIN) && clock.instant().isBefore(at.plus(UNREACHABLE_HOLD));
    }

    private void remember(String viewer, String key, TrackerError problem, Instant now) {
        Optional<StatusMemory.Entry> before = memory.get(viewer, key);
        boolean keepLastKnown = problem.isTransient() || problem.kind() == TrackerError.Kind.BAD_RESPONSE;
        memory.put(
                viewer,
                key,
                new StatusMemory.Entry(
                        keepLastKnown ? before.flatMap(StatusMemory.Entry::lastKnown) : Optional.empty(),
                        keepLastKnown ? before.flatMap(StatusMemory.Entry::seenAt) : Optional.empty(),
                        Optional.of(problem),
                        now));
    }

    private static StatusMemory.Entry unanswered(Instant now) {
        return new StatusMemory.Entry(
                Optional.empty(),
                Optional.empty(),
                Optional.of(TrackerError.of(TrackerError.Kind.UNAVAILABLE, "Jira has not been asked yet.")),
                now);
    }

    private synchronized List<String> claim(String viewer, Collection<String> keys) {
        List<String> mine = new ArrayList<>();
        for (String key : new LinkedHashSet<>(keys)) {
            if (refreshing.add(viewer + "\n" + key)) {
                mine.add(key);
            }
        }
        return mine;
    }

    private synchronized void release(String viewer, List<String> keys) {
        keys.forEach(key -> refreshing.remove(viewer + "\n" + key));
    }
}
