package dev.agenda.core.users;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

/** What is wrong with a users file, each problem reported with the line it is on. */
@RunWith(Parameterized.class)
public class CsvUserDirectoryProblemsTest {

    @Parameters(name = "{0} is reported on line {2}")
    public static List<Object[]> cases() {
        return List.of(new Object[][] {
            {
                "a row longer than the header",
                "username,full_name\nktl,Kian,extra\n",
                2,
                "expected 2 fields like the header, found 3"
            },
            {
                "a username listed twice",
                "username,full_name\nktl,a\nktl,b\n",
                3,
                "username 'ktl' is listed twice (first on line 2)"
            },
            {"an empty username", "username,full_name\n,nobody\n", 2, "the username is empty"},
            {
                "a header without a username column",
                "user,full_name\nktl,a\n",
                1,
                "no 'username' column in the header (found: user, full_name"
            },
            {"a quoted field left open", "username,full_name\nktl,\"open\n", 2, "a quoted field is not closed"}
        });
    }

    /** The problem in words, for the case's name. */
    @Parameter(0)
    public String description;

    @Parameter(1)
    public String csv;

    @Parameter(2)
    public int line;

    /** How the message goes on after "line N: ". */
    @Parameter(3)
    public String problem;

    @Test
    public void theMessageNamesTheLineAndTheProblem() {
        UserDirectoryFormatException error =
                assertThrows(UserDirectoryFormatException.class, () -> new CsvUserDirectoryReader().read(csv));

        assertEquals(line, error.line());
        assertTrue(error.getMessage(), error.getMessage().startsWith("line " + line + ": " + problem));
    }
}
