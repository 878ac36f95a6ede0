package dev.agenda.preview;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import jakarta.ws.rs.core.Cookie;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

public class SessionCookieTest {

    @Test
    public void eachRunOfAHostHasACookieNameOfItsOwnSoHostsOnOneMachineKeepTheirSessionsApart() {
        SecureRandom random = new SecureRandom();
        SessionCookie one = SessionCookie.forThisRun(random);
        SessionCookie other = SessionCookie.forThisRun(random);

        assertNotEquals(one.name(), other.name());
        assertTrue(one.name(), one.name().matches("agenda_session_[0-9a-f]{12}"));
        Map<String, Cookie> both = Map.of(
                one.name(), new Cookie.Builder(one.name()).value("mine").build(),
                other.name(), new Cookie.Builder(other.name()).value("theirs").build());
        assertEquals(Optional.of("mine"), one.sessionIdIn(both));
        assertEquals(Optional.of("theirs"), other.sessionIdIn(both));
        assertEquals(Optional.empty(), one.sessionIdIn(Map.of()));
    }
}
