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

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-29T09:00:00Z"));
    private final Sessions sessions = new Sessions(clock, new SecureRandom());

    @Test
    public void aSessionNamesItsUserAndIdsAreLongAndNeverRepeat() {
        String first = sessions.open("womullane");
        String second = sessions.open("womullane");

        assertEquals(Optional.of("womullane"), sessions.usernameOf(first));
        assertNotEquals(first, second);
        assertTrue("256 bits, base64url: " + first, first.matches("[A-Za-z0-9_-]{43}"));
        assertEquals(Optional.empty(), sessions.usernameOf("not-a-session"));
        assertEquals(Optional.empty(), sessions.usernameOf(null));
    }

    @Test
    public void aSessionUnusedForTheIdleLimitEndsButUseKeepsItAlive() {
        String used = sessions.open("womullane");
        String idle = sessions.open("swinbank");

        clock.advance(Sessions.IDLE_LIMIT.minusMinutes(1));
        assertEquals(Optional.of("womullane"), sessions.usernameOf(used));
        clock.advance(Duration.ofMinutes(1));

        assertEquals(Optional.empty(), sessions.usernameOf(idle));
        assertEquals(Optional.of("womullane"), sessions.usernameOf(used));
    }

    @Test
    public void aClosedSessionIsGone() {
        String id = sessions.open("womullane");

        sessions.close(id);

        assertEquals(Optional.empty(), sessions.usernameOf(id));
    }

    @Test
    public void beyondTheLimitTheLeastRecentlyUsedSessionGoesFirst() {
        String kept = sessions.open("womullane");
        List<String> others = new ArrayList<>();
        for (int i = 1; i < Sessions.MAX_SESSIONS; i++) {
            others.add(sessions.open("user" + i));
        }
        sessions.usernameOf(kept);

        sessions.open("one-more");

        assertEquals(Optional.of("womullane"), sessions.usernameOf(kept));
        assertEquals("the oldest unused one went", Optional.empty(), sessions.usernameOf(others.get(0)));
        assertEquals(Optional.of("user2"), sessions.usernameOf(others.get(1)));
    }
}
