package dev.agenda.jdbc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The embedded H2 database {@code agenda} in a directory of its own, and who has it open. H2 lets one process at a
 * time open the file (it locks it, and the operating system releases the lock when that process ends), and serves it
 * to no one: no TCP server, so nothing to reach from the network or from another user's process. The process that
 * opens it writes {@value #HOLDER_FILE} beside it (its process id and what it is), so that another process H2 turns
 * away is told which process to stop. The directory and the files are the owner's alone ({@link PrivateDirectory}).
 *
 * <p>The holder file serves that message and nothing else: a process it names that is no longer running is not named.
 */
final class EmbeddedFile {

    static final String DATABASE_NAME = "agenda";
    static final String HOLDER_FILE = DATABASE_NAME + ".holder";
    private static final String PID = "pid=";
    private static final String USE = "use=";

    private final Path directory;
    private final String use;

    /**
     * @param directory the database's directory, absolute
     * @param use       what this process is, for the message of another process turned away ("agenda serve")
     */
    EmbeddedFile(Path directory, String use) {
        if (directory.toString().indexOf(';') >= 0) {
            // H2 would read what follows as settings.
            throw new IllegalArgumentException("the agenda database directory may not contain ';': " + directory);
        }
        this.directory = directory;
        this.use = use.replaceAll("\\p{Cc}", " ");
    }

    /**
     * The database's URL. WRITE_DELAY=0: H2 otherwise writes committed changes to the file up to half a second later,
     * in the background, so a killed process would lose saves that had returned; 0 writes them before commit returns.
     */
    String url() {
        return "jdbc:h2:file:" + directory.resolve(DATABASE_NAME) + ";WRITE_DELAY=0";
    }

    /** Records this process as the one holding the database, and closes every file of the database to others. */
    void opened() {
        PrivateDirectory.writeOwnerOnly(
                directory, HOLDER_FILE, PID + ProcessHandle.current().pid() + "\n" + USE + use + "\n");
        PrivateDirectory.tightenFiles(directory, DATABASE_NAME + ".");
    }

    /** The failure of a process that H2 turned away because another has the database open. */
    DatabaseInUseException inUse() {
        return new DatabaseInUseException(directory, holder().orElse("another process"));
    }

    /** "process 4242 (agenda serve)", when the holder file names a process that is running. */
    private Optional<String> holder() {
        String text;
        try {
            text = Files.readString(directory.resolve(HOLDER_FILE), StandardCharsets.UTF_8);
        } catch (IOException e) {
            // None yet (a process of an earlier agenda, or one that has not written it yet), or unreadable.
            return Optional.empty();
        }
        Optional<Long> pid = text.lines()
                .filter(line -> line.startsWith(PID))
                .findFirst()
                .flatMap(line -> number(line.substring(PID.length())));
        Optional<String> what = text.lines()
                .filter(line -> line.startsWith(USE))
                .findFirst()
                .map(line ->
                        line.substring(USE.length()).replaceAll("\\p{Cc}", " ").strip());
        return pid.filter(id -> ProcessHandle.of(id).map(ProcessHandle::isAlive).orElse(false))
                .map(id -> "process " + id
                        + what.filter(w -> !w.isEmpty())
                                .map(w -> " (" + w + ")")
                                .orElse(""));
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
