package dev.agenda.sync;

import dev.agenda.core.issues.JiraProjects;
import dev.agenda.core.page.MeetingPage;
import dev.agenda.core.page.MeetingPageReader;
import dev.agenda.core.storage.StorageFormatParser;
import dev.agenda.core.users.CsvUserDirectoryReader;
import dev.agenda.core.users.UserDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

/** The reference meeting page and its users, from the repository's {@code examples/}, read as the app reads them. */
final class ReferencePage {

    static final Path PAGE = Path.of("..", "examples", "dmlt-f2f-2017-11.xml");
    static final Path USERS = Path.of("..", "examples", "users.csv");

    private ReferencePage() {
    }

    static MeetingPage read() {
        return read(storage());
    }

    static String storage() {
        try {
            return Files.readString(PAGE);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The page from edited storage, as it would be read after someone changed it. */
    static MeetingPage read(String storage) {
        try {
            UserDirectory users = new CsvUserDirectoryReader().read(Files.readString(USERS));
            return new MeetingPageReader(users, new JiraProjects(List.of()), ZoneId.of("America/Phoenix"))
                    .readPage("dmlt-f2f-2017-11", new StorageFormatParser().parse(storage));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
