package dev.agenda.preview;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

public class SignInCodesTest {

    private final SignInCodes codes = new SignInCodes(List.of("womullane", "swinbank"), new SecureRandom());

    @Test
    public void eachUsersOwnCodeSignsThemInWhateverCaseTheirNameIsTypedIn() {
        assertEquals(Optional.of("swinbank"), codes.check("swinbank", codes.codeOf("swinbank")));
        assertEquals(Optional.of("swinbank"), codes.check(" SwinBank ", codes.codeOf("swinbank")));
        assertTrue("128 bits in hex", codes.codeOf("swinbank").matches("[0-9a-f]{32}"));
    }

    @Test
    public void anotherUsersCodeAWrongCodeOrAnUnknownUserSignsNobodyIn() {
        assertEquals(Optional.empty(), codes.check("swinbank", codes.codeOf("womullane")));
        assertEquals(
                Optional.empty(),
                codes.check("swinbank", codes.codeOf("swinbank").substring(1)));
        assertEquals(Optional.empty(), codes.check("swinbank", ""));
        assertEquals(Optional.empty(), codes.check("mallory", codes.codeOf("swinbank")));
        assertEquals(Optional.empty(), codes.check("mallory", "00000000000000000000000000000000"));
        assertEquals(Optional.empty(), codes.check(null, codes.codeOf("swinbank")));
        assertEquals(Optional.empty(), codes.check("swinbank", null));
    }

    @Test
    public void codesDifferBetweenUsersAndBetweenRuns() {
        SignInCodes nextRun = new SignInCodes(List.of("womullane", "swinbank"), new SecureRandom());

        assertNotEquals(codes.codeOf("womullane"), codes.codeOf("swinbank"));
        assertNotEquals(codes.codeOf("swinbank"), nextRun.codeOf("swinbank"));
        assertEquals(Optional.empty(), nextRun.check("swinbank", codes.codeOf("swinbank")));
    }

    @Test
    public void onlyTheGivenUsersHaveCodes() {
        assertEquals(List.of("womullane", "swinbank"), codes.usernames());
        assertThrows(IllegalArgumentException.class, () -> codes.codeOf("mallory"));
    }
}
