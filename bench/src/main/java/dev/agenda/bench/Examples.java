package dev.agenda.bench;

import dev.agenda.core.issues.JiraProjects;
import dev.agenda.core.page.MeetingPageReader;
import dev.agenda.core.users.CsvUserDirectoryReader;
import dev.agenda.core.users.UserDirectory;
import dev.agenda.core.users.UserDirectoryFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;

/**
 * The repository's reference meeting page ({@code examples/dmlt-f2f-2017-11.xml}) and its user directory
 * ({@code examples/users.csv}), bundled into this module's class path at build time, and a page reader configured as
 * the app configures it for that page. Loading never depends on the working directory. Stateless; thread-safe.
 */
public final class Examples {

    /** The reference page's own zone, used as the server zone wherever a benchmark reads a page. */
    public static final ZoneId ZONE = ZoneId.of("America/Phoenix");

    private static final String ROOT = "/dev/agenda/bench/examples/";

    private Examples() {}

    /** The reference page in storage format, exactly as in {@code examples/}. */
    public static String referencePage() {
        return resource("dmlt-f2f-2017-11.xml");
    }

    /** The reference page's user directory. */
    public static UserDirectory users() {
        try {
            return new CsvUserDirectoryReader().read(resource("users.csv"));
        } catch (UserDirectoryFormatException e) {
            throw new IllegalStateException("the bundled users.csv does not read", e);
        }
    }

    /** A reader over {@link #users()}, with no configured Jira projects, in {@link #ZONE}. */
    public static MeetingPageReader reader() {
        return new MeetingPageReader(users(), new JiraProjects(List.of()), ZONE);
    }

    private static String resource(String name) {
        try (InputStream in = Examples.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException(ROOT + name + " is not on the class path; build the bench module");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
