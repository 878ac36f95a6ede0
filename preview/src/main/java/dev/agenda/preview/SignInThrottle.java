package dev.agenda.preview;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Slows down guessing sign-in codes, per user name as typed: the first {@link #FREE_TRIES} wrong codes cost nothing;
 * then the name is refused for {@link #FIRST_WAIT}, and each wrong code after a wait doubles it, up to
 * {@link #LONGEST_WAIT}. The right code clears the count. A name nobody signs in as is counted like any other, so
 * being refused tells nothing about which names exist. The names counted at once are bounded
 * ({@link #NAMES_KEPT}, the least recently wrong forgotten first). Time is the injected clock's. Thread-safe.
 *
 * <p>Codes have 128 random bits, so this is defence in depth; the price is that somebody typing a person's name with
 * wrong codes can keep that person out for a while (at most {@link #LONGEST_WAIT} per wrong code).
 */
final class SignInThrottle {

    /** Wrong codes a name may have before it must wait. */
    static final int FREE_TRIES = 5;
    /** The wait after the last free try. */
    static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    /** The longest wait. */
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    /** How many names' counts are kept at once. */
    static final int NAMES_KEPT = 1_000;

    private record Count(int wrong, Instant refusedUntil) {}

    private final Clock clock;
    private final Map<String, Count> byName = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Count> eldest) {
            return size() > NAMES_KEPT;
        }
    };

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How much longer this name must wait before a code is checked; empty when a code may be tried now. */
    Optional<Duration> waitBeforeTrying(@Nullable String username) {
        Instant now = clock.instant();
        synchronized (byName) {
            Count count = byName.get(key(username));
            return count == null || !now.isBefore(count.refusedUntil())
                    ? Optional.empty()
                    : Optional.of(Duration.between(now, count.refusedUntil()));
        }
    }

    /** A wrong code was tried for this name. */
    void wrong(@Nullable String username) {
        Instant now = clock.instant();
        synchronized (byName) {
            Count before = byName.getOrDefault(key(username), new Count(0, Instant.MIN));
            int wrong = before.wrong() + 1;
            byName.put(key(username), new Count(wrong, wrong < FREE_TRIES ? Instant.MIN : now.plus(waitAfter(wrong))));
        }
    }

    /** The right code was given for this name: it starts afresh. */
    void right(@Nullable String username) {
        synchronized (byName) {
            byName.remove(key(username));
        }
    }

    /** The wait after this many wrong codes (at least {@link #FREE_TRIES}). */
    static Duration waitAfter(int wrong) {
        int doublings = Math.min(wrong - FREE_TRIES, 30);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    /** Names are counted as sign-in reads them: whatever the case, whatever the spaces around. */
    private static String key(@Nullable String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
