package dev.agenda.preview;

import static org.junit.Assert.assertEquals;

import dev.agenda.testing.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.Test;

public class SignInThrottleTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-29T09:00:00Z"));
    private final SignInThrottle throttle = new SignInThrottle(clock);

    @Test
    public void fiveWrongCodesCostNothingThenTheNameWaitsAndEachWrongCodeAfterAWaitDoublesIt() {
        for (int i = 1; i < SignInThrottle.FREE_TRIES; i++) {
            throttle.wrong("swinbank");
            assertEquals("after " + i + " wrong codes", Optional.empty(), throttle.waitBeforeTrying("swinbank"));
        }
        throttle.wrong("swinbank");
        assertEquals(Optional.of(Duration.ofSeconds(30)), throttle.waitBeforeTrying("swinbank"));
        clock.advance(Duration.ofSeconds(29));
        assertEquals(Optional.of(Duration.ofSeconds(1)), throttle.waitBeforeTrying("swinbank"));
        clock.advance(Duration.ofSeconds(1));
        assertEquals(Optional.empty(), throttle.waitBeforeTrying("swinbank"));

        throttle.wrong("swinbank");
        assertEquals(Optional.of(Duration.ofMinutes(1)), throttle.waitBeforeTrying("swinbank"));
        clock.advance(Duration.ofMinutes(1));
        throttle.wrong("swinbank");
        assertEquals(Optional.of(Duration.ofMinutes(2)), throttle.waitBeforeTrying("swinbank"));
    }

    @Test
    public void theWaitStopsGrowingAtItsLongest() {
        assertEquals(Duration.ofSeconds(30), SignInThrottle.waitAfter(5));
        assertEquals(Duration.ofMinutes(8), SignInThrottle.waitAfter(9));
        assertEquals(SignInThrottle.LONGEST_WAIT, SignInThrottle.waitAfter(10));
        assertEquals(SignInThrottle.LONGEST_WAIT, SignInThrottle.waitAfter(Integer.MAX_VALUE));
    }

    @Test
    public void theRightCodeStartsTheNameAfreshAndOtherNamesNeverWait() {
        for (int i = 0; i < SignInThrottle.FREE_TRIES - 1; i++) {
            throttle.wrong(" SwinBank ");
        }
        throttle.right("swinbank");
        throttle.wrong("swinbank");

        assertEquals("counted afresh", Optional.empty(), throttle.waitBeforeTrying("swinbank"));
        for (int i = 1; i < SignInThrottle.FREE_TRIES; i++) {
            throttle.wrong("SWINBANK");
        }
        assertEquals(
                "one name however it is typed",
                Optional.of(Duration.ofSeconds(30)),
                throttle.waitBeforeTrying("swinbank "));
        assertEquals(Optional.empty(), throttle.waitBeforeTrying("womullane"));
    }

    @Test
    public void aNameNobodySignsInAsWaitsJustTheSameSoWaitingTellsNothing() {
        for (int i = 0; i < SignInThrottle.FREE_TRIES; i++) {
            throttle.wrong("mallory");
            throttle.wrong("swinbank");
            throttle.wrong(null);
        }

        assertEquals(throttle.waitBeforeTrying("swinbank"), throttle.waitBeforeTrying("mallory"));
        assertEquals(throttle.waitBeforeTrying("swinbank"), throttle.waitBeforeTrying(""));
    }

    @Test
    public void theNamesCountedAtOnceAreBoundedTheLeastRecentlyWrongForgottenFirst() {
        for (int i = 0; i < SignInThrottle.FREE_TRIES; i++) {
            throttle.wrong("first");
        }
        for (int i = 0; i < SignInThrottle.NAMES_KEPT - 1; i++) {
            throttle.wrong("name" + i);
        }
        throttle.waitBeforeTrying("first");
        assertEquals(Optional.of(Duration.ofSeconds(30)), throttle.waitBeforeTrying("first"));

        throttle.wrong("one more");
        throttle.wrong("and another");

        assertEquals(
                "kept: it was looked at last", Optional.of(Duration.ofSeconds(30)), throttle.waitBeforeTrying("first"));
    }
}
