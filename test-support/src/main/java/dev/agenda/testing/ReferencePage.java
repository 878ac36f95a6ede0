package dev.agenda.testing;

import dev.agenda.core.issues.JiraProjects;
import dev.agenda.core.page.MeetingPage;
import dev.agenda.core.page.MeetingPageReader;
import dev.agenda.core.storage.StorageElement;
import dev.agenda.core.storage.StorageFormatException;
import dev.agenda.core.storage.StorageFormatParser;
import dev.agenda.core.storage.StorageNode;
import dev.agenda.core.storage.StorageWriter;
import dev.agenda.core.users.CsvUserDirectoryReader;
import dev.agenda.core.users.UserDirectory;
import dev.agenda.core.users.UserDirectoryFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reference meeting page and its users, from the repository's {@code examples/} (read relative to a module's
 * directory, where Maven runs its tests), as the app reads them: the storage format, the user directory, the page read
 * in the meeting's own time zone, and each agenda macro's body and parameters as Confluence hands them to the macro.
 */
public final class ReferencePage {

    /** The page in storage format. */
    public static final Path PAGE = Path.of("..", "examples", "dmlt-f2f-2017-11.xml");
    /** Its users, the directory the page's people are named in. */
    public static final Path USERS = Path.of("..", "examples", "users.csv");
    /** The page's id when a test needs none other: its file's name. */
    public static final String ID = "dmlt-f2f-2017-11";
    /** Where the meeting took place, so its times read as they were meant. */
    public static final ZoneId ZONE = ZoneId.of("America/Phoenix");

    private ReferencePage() {}

    public static String storage() {
        return read(PAGE);
    }

    public static UserDirectory users() {
        try {
            return new CsvUserDirectoryReader().read(read(USERS));
        } catch (UserDirectoryFormatException e) {
            throw new IllegalStateException(USERS + " is not a user directory: " + e.getMessage(), e);
        }
    }

    /** The page as the app reads it, under its file's name ({@value #ID}) as its id. */
    public static MeetingPage meeting() {
        return meeting(ID, storage());
    }

    /** The page as the app reads it under {@code pageId}. */
    public static MeetingPage meeting(String pageId) {
        return meeting(pageId, storage());
    }

    /** The page from edited storage, as it would be read after someone changed it, under {@value #ID}. */
    public static MeetingPage edited(String storage) {
        return meeting(ID, storage);
    }

    /** The page from {@code storage}, read under {@code pageId}. */
    public static MeetingPage meeting(String pageId, String storage) {
        try {
            return new MeetingPageReader(users(), JiraProjects.none(), ZONE)
                    .readPage(pageId, new StorageFormatParser().parse(storage));
        } catch (StorageFormatException e) {
            throw new IllegalStateException("the storage given is not readable: " + e.getMessage(), e);
        }
    }

    /** The n-th agenda macro's rich-text body, in storage format, as Confluence passes it to execute(). */
    public static String agendaBody(int index) {
        StringBuilder body = new StringBuilder();
        for (StorageNode node :
                agendaMacro(index).firstChild("ac:rich-text-body").orElseThrow().children()) {
            body.append(StorageWriter.write(node));
        }
        return body.toString();
    }

    /** The n-th agenda macro's parameters, as Confluence passes them to execute(). */
    public static Map<String, String> agendaParameters(int index) {
        Map<String, String> parameters = new TreeMap<>();
        for (StorageElement parameter : agendaMacro(index).childElements("ac:parameter")) {
            parameters.put(parameter.attribute("ac:name").orElseThrow(), parameter.textContent());
        }
        return parameters;
    }

    private static StorageElement agendaMacro(int index) {
        try {
            return new StorageFormatParser()
                    .parse(storage()).descendants().stream()
                            .filter(element -> element.isMacro("agenda"))
                            .toList()
                            .get(index);
        } catch (StorageFormatException e) {
            throw new IllegalStateException(PAGE + " is not readable: " + e.getMessage(), e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
