package dev.agenda.jira.contract;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.Test;

/** The committed recordings of the fake hold what it answered and what was asked, never how the client signed in. */
public class RecordingsHoldNoCredentialsTest {

    @Test
    public void noRecordingContainsTheTokenOrAnAuthorizationHeader() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(RecordingsOfFake.RECORDINGS)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertTrue("the recordings are committed", files.size() >= 32);
        for (Path file : files) {
            String text = Files.readString(file);
            assertFalse(file + " holds the token", text.contains(ClientOnFakeContract.TOKEN));
            assertFalse(
                    file + " holds an Authorization header",
                    text.toLowerCase(Locale.ROOT).contains("authorization"));
        }
    }
}
