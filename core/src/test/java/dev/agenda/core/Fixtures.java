package dev.agenda.core;

import dev.agenda.core.issues.JiraProjects;
import dev.agenda.core.page.MeetingPage;
import dev.agenda.core.page.MeetingPageReader;
import dev.agenda.core.storage.StorageElement;
import dev.agenda.core.storage.StorageFormatException;
import dev.agenda.core.storage.StorageFormatParser;
import dev.agenda.core.users.CsvUserDirectoryReader;
import dev.agenda.core.users.InMemoryUserDirectory;
import dev.agenda.core.users.UserDirectory;
import dev.agenda.core.users.UserDirectoryFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;

/** Test inputs: the reference meeting page and its users from the repository's examples folder, and small pages. */
public final class Fixtures {

    public static final ZoneId SERVER_ZONE = ZoneId.of("UTC");

    private Fixtures() {}

    /** The repository's examples folder (tests run with the module as working directory). */
    public static Path examples() {
        Path fromModule = Path.of("..", "examples");
        return Files.isDirectory(fromModule) ? fromModule : Path.of("examples");
    }

    public static String referencePageSource() {
        return read(examples().resolve("dmlt-f2f-2017-11.xml"));
    }

    public static InMemoryUserDirectory referenceUsers() {
        try {
            return new CsvUserDirectoryReader().read(read(examples().resolve("users.csv")));
        } catch (UserDirectoryFormatException e) {
            throw new AssertionError(e);
        }
    }

    public static MeetingPage referencePage() {
        return page("dmlt", referencePageSource(), referenceUsers());
    }

    public static StorageElement parse(String storage) {
        try {
            return new StorageFormatParser().parse(storage);
        } catch (StorageFormatException e) {
            throw new AssertionError("test input does not parse: " + e.getMessage(), e);
        }
    }

    public static MeetingPage page(String pageId, String storage, UserDirectory users) {
        return new MeetingPageReader(users, JiraProjects.none(), SERVER_ZONE).readPage(pageId, parse(storage));
    }

    /** An agenda macro around the given table rows (a header row Time | Topic | Chair | Notes is added). */
    public static String agenda(String parameters, String rows) {
        return "<ac:structured-macro ac:name=\"agenda\" ac:schema-version=\"1\">" + parameters
                + "<ac:rich-text-body><table><tbody>"
                + "<tr><th>Time</th><th>Topic</th><th>Chair</th><th>Notes</th></tr>" + rows
                + "</tbody></table></ac:rich-text-body></ac:structured-macro>";
    }

    public static String parameter(String name, String value) {
        return "<ac:parameter ac:name=\"" + name + "\">" + value + "</ac:parameter>";
    }

    public static String user(String username) {
        return "<ac:link><ri:user ri:username=\"" + username + "\" /></ac:link>";
    }

    public static String task(String id, String status, String body) {
        return "<ac:task><ac:task-id>" + id + "</ac:task-id><ac:task-status>" + status
                + "</ac:task-status><ac:task-body>" + body + "</ac:task-body></ac:task>";
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
