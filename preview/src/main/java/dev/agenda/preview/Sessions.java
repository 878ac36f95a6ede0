package dev.agenda.preview;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The preview host's signed-in sessions, in memory: a session id is 256 random bits, unguessable, and names one
 * user until it is closed, goes unused for {@link #IDLE_LIMIT}, or is pushed out by newer sessions beyond
 * {@link #MAX_SESSIONS} (least recently used first), so the memory they take is bounded. A restarted host forgets
 * them all. Thread-safe.
 */
final class Sessions {

    /** How long a session lasts without a request. */
    static final Duration IDLE_LIMIT = Duration.ofHours(12);
    /** The most sessions kept at once. */
    static final int MAX_SESSIONS = 1_000;

    private record Session(String username, Instant lastUsed) {}

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

    /** Opens a session for the user and answers its id. */
    String open(String username) {
        byte[] bits = new byte[32];
        random.nextBytes(bits);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
        synchronized (byId) {
            byId.put(id, new Session(username, clock.instant()));
        }
        return id;
    }

    /** The user of a live session, which this use keeps alive; empty for an unknown, closed or expired id. */
    Optional<String> usernameOf(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        synchronized (byId) {
            Session session = byId.get(id);
            if (session == null) {
                return Optional.empty();
            }
            if (!now.isBefore(session.lastUsed().plus(IDLE_LIMIT))) {
                byId.remove(id);
                return Optional.empty();
            }
            byId.put(id, new Session(session.username(), now));
            return Optional.of(session.username());
        }
    }

    /** Ends a session; an unknown id is ignored. */
    void close(String id) {
        if (id != null) {
            synchronized (byId) {
                byId.remove(id);
            }
        }
    }
}
