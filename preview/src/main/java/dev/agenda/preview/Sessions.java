package dev.agenda.preview;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The preview host's signed-in sessions, in memory: a session id is 256 random bits, unguessable, and names one
 * user, at the {@code Host} it was opened at, until it is closed, goes unused for {@link #IDLE_LIMIT}, or is pushed
 * out. Each person keeps at most {@link #MAX_SESSIONS_PER_PERSON}: signing in once more pushes out that person's own
 * least recently used session, never anybody else's. Beyond {@link #MAX_SESSIONS} in all (more people than the
 * per-person limit allows for), the least recently used goes first, so the memory they take is bounded. A session
 * presented at another {@code Host} than its own is unknown there. A restarted host forgets them all. Thread-safe.
 */
final class Sessions {

    /** How long a session lasts without a request. */
    static final Duration IDLE_LIMIT = Duration.ofHours(12);
    /** The most sessions kept at once. */
    static final int MAX_SESSIONS = 1_000;
    /** The most sessions one person keeps at once: a browser each, and some to spare. */
    static final int MAX_SESSIONS_PER_PERSON = 10;

    private record Session(String username, String host, Instant lastUsed) {}

    private final Clock clock;
    private final SecureRandom random;
    private final Map<String, Session> byId = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Session> eldest) {
            return size() > MAX_SESSIONS;
        }
    };

    Sessions(Clock clock, SecureRandom random) {
        this.clock = clock;
        this.random = random;
    }

    /**
     * Opens a session for the user and answers its id.
     *
     * @param host the {@code Host} the sign-in came to, the only one the session will be known at
     */
    String open(String username, String host) {
        byte[] bits = new byte[32];
        random.nextBytes(bits);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
        synchronized (byId) {
            makeRoomFor(username);
            byId.put(id, new Session(username, normal(host), clock.instant()));
        }
        return id;
    }

    /**
     * The user of a live session presented at its own {@code Host}, which this use keeps alive; empty for an unknown,
     * closed or expired id, or one presented at another host.
     */
    Optional<String> usernameOf(@Nullable String id, @Nullable String host) {
        if (id == null || host == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        synchronized (byId) {
            Session session = byId.get(id);
            if (session == null || !session.host().equals(normal(host))) {
                return Optional.empty();
            }
            if (!now.isBefore(session.lastUsed().plus(IDLE_LIMIT))) {
                byId.remove(id);
                return Optional.empty();
            }
            byId.put(id, new Session(session.username(), session.host(), now));
            return Optional.of(session.username());
        }
    }

    /** Ends a session; an unknown id is ignored. */
    void close(@Nullable String id) {
        if (id != null) {
            synchronized (byId) {
                byId.remove(id);
            }
        }
    }

    /** Pushes out the user's own least recently used sessions until one more fits within their limit. */
    private void makeRoomFor(String username) {
        // The map iterates least recently used first.
        List<String> theirs = byId.entrySet().stream()
                .filter(entry -> entry.getValue().username().equals(username))
                .map(Map.Entry::getKey)
                .toList();
        theirs.subList(0, Math.max(0, theirs.size() - MAX_SESSIONS_PER_PERSON + 1))
                .forEach(byId::remove);
    }

    private static String normal(String host) {
        return host.strip().toLowerCase(Locale.ROOT);
    }
}
