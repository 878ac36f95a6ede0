package dev.agenda.core.issues;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

/** Issue keys parse strictly: a whole key, in any case and with blanks around it, or nothing. */
@RunWith(Parameterized.class)
public class IssueKeyTest {

    @Parameters(name = "‘{0}’ is {1}")
    public static List<Object[]> cases() {
        return List.of(
                key(" dm-12813 ", new IssueKey("DM", 12813)), notAKey("DM-"), notAKey("12-DM"), notAKey("DM-1 extra"));
    }

    @Parameter(0)
    public String text;

    /** The expected key in words, for the case's name. */
    @Parameter(1)
    public String reading;

    @Parameter(2)
    public Optional<IssueKey> expected;

    @Test
    public void parsesAsTheTableSays() {
        assertEquals(text, expected, IssueKey.parse(text));
    }

    private static Object[] key(String text, IssueKey key) {
        return new Object[] {text, key.toString(), Optional.of(key)};
    }

    private static Object[] notAKey(String text) {
        return new Object[] {text, "not a key", Optional.empty()};
    }
}
