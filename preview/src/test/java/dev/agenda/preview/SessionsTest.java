package dev.agenda.preview;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import dev.agenda.testing.ManualClock;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

public class SessionsTest {

    private static final String HOST = "127.0.0.1:8090";

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-29T09:00:00Z"));
    private final Sessions sessions = new Sessions(clock, new SecureRandom());

    @Test
    public void aSessionNamesItsUserAndIdsAreLongAndNeverRepeat() {
        String first = sessions.open("womullane", HOST);
        String second = sessions.open("womullane", HOST);

        assertEquals(Optional.of("womullane"), sessions.usernameOf(first, HOST));
        assertNotEquals(first, second);
        assertTrue("256 bits, base64url: " + first, first.matches("[A-Za-z0-9_-]{43}"));
        assertEquals(Optional.empty(), sessions.usernameOf("not-a-session", HOST));
        assertEquals(Optional.empty(), sessions.usernameOf(null, HOST));
    }

    @Test
    public void aSessionUnusedForTheIdleLimitEndsButUseKeepsItAlive() {
        String used = sessions.open("womullane", HOST);
        String idle = sessions.open("swinbank", HOST);

        clock.advance(Sessions.IDLE_LIMIT.minusMinutes(1));
        assertEquals(Optional.of("womullane"), sessions.usernameOf(used, HOST));
        clock.advance(Duration.ofMinutes(1));

        assertEquals(Optional.empty(), sessions.usernameOf(idle, HOST));
        assertEquals(Optional.of("womullane"), sessions.usernameOf(used, HOST));
    }

    @Test
    public void aClosedSessionIsGone() {
        String id = sessions.open("womullane", HOST);

        sessions.close(id);

        assertEquals(Optional.empty(), sessions.usernameOf(id, HOST));
    }

    @Test
    public void beyondTheLimitTheLeastRecentlyUsedSessionGoesFirst() {
        String kept = sessions.open("womullane", HOST);
        List<String> others = new ArrayList<>();
        for (int i = 1; i < Sessions.MAX_SESSIONS; i++) {
            others.add(sessions.open("user" + i, HOST));
        }
        sessions.usernameOf(kept, HOST);

        sessions.open("one-more", HOST);

        assertEquals(Optional.of("womullane"), sessions.usernameOf(kept, HOST));
        assertEquals("the oldest unused one went", Optional.empty(), sessions.usernameOf(others.get(0), HOST));
        assertEquals(Optional.of("user2"), sessions.usernameOf(others.get(1), HOST));
    }

    @Test
    public void aSessionIsKnownOnlyAtTheHostItWasOpenedAt() {
        String id = sessions.open("womullane", "127.0.0.1:8090");

        assertEquals(Optional.of("womullane"), sessions.usernameOf(id, "127.0.0.1:8090"));
        assertEquals(Optional.empty(), sessions.usernameOf(id, "localhost:8090"));
        assertEquals(Optional.empty(), sessions.usernameOf(id, "127.0.0.1:8091"));
        assertEquals(Optional.empty(), sessions.usernameOf(id, null));
        assertEquals(
                "refusing it elsewhere ends nothing",
                Optional.of("womullane"),
                sessions.usernameOf(id, "127.0.0.1:8090"));
    }

    @Test
    public void onePersonSigningInManyTimesPushesOutOnlyTheirOwnLeastRecentlyUsedSession() {
        String johns = sessions.open("swinbank", HOST);
        List<String> wils = new ArrayList<>();
        for (int i = 0; i < Sessions.MAX_SESSIONS_PER_PERSON; i++) {
            wils.add(sessions.open("womullane", HOST));
        }
        sessions.usernameOf(wils.get(0), HOST);

        for (int i = 0; i < 3 * Sessions.MAX_SESSIONS; i++) {
            sessions.open("womullane", HOST);
        }

        assertEquals("nobody else is pushed out", Optional.of("swinbank"), sessions.usernameOf(johns, HOST));
        assertEquals(
                "Wil's own sessions went, least recently used first",
                Optional.empty(),
                sessions.usernameOf(wils.get(1), HOST));
        String newest = sessions.open("womullane", HOST);
        assertEquals(Optional.of("womullane"), sessions.usernameOf(newest, HOST));
    }
}
