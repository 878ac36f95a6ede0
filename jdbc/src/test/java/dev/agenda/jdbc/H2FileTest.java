package dev.agenda.jdbc;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.junit.Assume.assumeTrue;

import dev.agenda.core.sync.SyncStateException;
import dev.agenda.testing.ListeningSockets;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.rules.Timeout;

/**
 * The embedded H2 file of {@link JdbcDatabase#h2File}: where it is, that it is served to no one and is its owner's
 * alone, and what another process of the machine is told while one has it open.
 */
public class H2FileTest {

    private static final String USE = "H2FileTest";

    @Rule
    public final Timeout timeout = Timeout.seconds(120);

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void theDatabaseIsAFileInTheDirectoryGiven() {
        Path directory = folder.getRoot().toPath().resolve("state");
        try (JdbcDatabase database = JdbcDatabase.h2File(directory, USE)) {
            assertTrue(
                    database.toString(),
                    database.toString().contains(directory.resolve("agenda").toString()));
        }
        assertTrue(Files.exists(directory.resolve("agenda.mv.db")));
    }

    @Test
    public void theOpenDatabaseListensOnNoSocket() {
        Optional<Set<InetSocketAddress>> before = ListeningSockets.ofThisProcess();
        assumeTrue("needs Linux's /proc to see this process's sockets", before.isPresent());

        try (JdbcDatabase database = JdbcDatabase.h2File(folder.getRoot().toPath(), USE)) {
            new JdbcLock(database, Clock.systemUTC()).withLock("agenda-sync:page-1", Duration.ofSeconds(10), () -> {
                new JdbcSyncStateStore(database).save("page-1", Records.full("page-1", "1"));
                return null;
            });

            Set<InetSocketAddress> opened =
                    new HashSet<>(ListeningSockets.ofThisProcess().orElseThrow());
            opened.removeAll(before.get());
            assertEquals("sockets the database listens on", Set.of(), opened);
        }
    }

    @Test
    public void theDirectoryIsMadeForItsOwnerAloneAndSoIsEveryFileInIt() throws IOException {
        Path directory = folder.getRoot().toPath().resolve("new").resolve("state");
        assumePosix(folder.getRoot().toPath());

        try (JdbcDatabase database = JdbcDatabase.h2File(directory, USE)) {
            new JdbcSyncStateStore(database).save("page-1", Records.full("page-1", "1"));
            assertOwnerOnly(directory);
        }
        assertOwnerOnly(directory);
    }

    @Test
    public void aDirectoryAndDatabaseOpenToOthersAreClosedToThem() throws IOException {
        Path directory = folder.getRoot().toPath().resolve("state");
        assumePosix(folder.getRoot().toPath());
        JdbcDatabase.h2File(directory, USE).close();
        // As an earlier agenda, or the umask, left them.
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(directory.resolve("agenda.mv.db"), PosixFilePermissions.fromString("rw-r--r--"));

        JdbcDatabase reopened = JdbcDatabase.h2File(directory, USE);
        try {
            assertOwnerOnly(directory);
        } finally {
            reopened.close();
        }
    }

    @Test
    public void writersOfOneFileAtOnceEachMoveAWholeFileOverItAndLeaveNothingBeside() throws Exception {
        Path directory = folder.getRoot().toPath().resolve("state");
        PrivateDirectory.prepare(directory);
        int writers = 8;
        CyclicBarrier together = new CyclicBarrier(writers);
        ExecutorService threads = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> writes = new ArrayList<>();
            for (int writer = 0; writer < writers; writer++) {
                String content = "writer " + writer + "\n";
                writes.add(threads.submit(() -> {
                    for (int round = 0; round < 50; round++) {
                        together.await();
                        PrivateDirectory.writeOwnerOnly(directory, "holder", content);
                    }
                    return null;
                }));
            }
            for (Future<?> write : writes) {
                write.get();
            }
        } finally {
            threads.shutdownNow();
        }

        assertTrue(Files.readString(directory.resolve("holder")).matches("writer [0-7]\n"));
        try (Stream<Path> files = Files.list(directory)) {
            assertEquals(
                    List.of("holder"),
                    files.map(file -> file.getFileName().toString()).toList());
        }
    }

    @Test
    public void aFileWhereTheDirectoryShouldBeIsSaidPlainly() throws IOException {
        Path file = folder.newFile("state").toPath();

        try {
            JdbcDatabase.h2File(file, USE).close();
            fail("a file is not a directory");
        } catch (SyncStateException e) {
            assertEquals(
                    file + " is a file, not a directory: the agenda database needs a directory of its own",
                    e.getMessage());
        }
    }

    @Test
    public void anotherProcessIsToldWhichProcessHasTheDatabaseAndGetsItWhenThatOneEnds() throws Exception {
        Path directory = folder.getRoot().toPath();
        try (ChildJvm child = ChildJvm.start("save", "h2:" + directory, "page-1", "1")) {
            child.expect("saved");
            try {
                JdbcDatabase.h2File(directory, USE).close();
                fail("the child has the database open");
            } catch (DatabaseInUseException e) {
                assertEquals(
                        "the agenda database in " + directory + " is in use by process " + child.pid() + " ("
                                + AgendaChild.USE + "), and it can be open in one process at a time: stop that"
                                + " process, or use another directory",
                        e.getMessage());
            }

            child.closeStdin();
            assertEquals(0, child.exitCode());
        }

        try (JdbcDatabase database = JdbcDatabase.h2File(directory, USE)) {
            assertEquals(
                    "what the child saved is there",
                    Map.of("page-1/1", Records.full("page-1", "1")),
                    new JdbcSyncStateStore(database).records("page-1"));
        }
    }

    @Test
    public void aSaveThatReturnedSurvivesTheProcessBeingKilled() throws Exception {
        // The child opens the file first, so it is the one writing it, and is killed before it can close it.
        try (ChildJvm child = ChildJvm.start("save", "h2:" + folder.getRoot(), "page-1", "1")) {
            child.expect("saved");
            child.kill();
        }

        try (JdbcDatabase database = JdbcDatabase.h2File(folder.getRoot().toPath(), USE)) {
            assertEquals(
                    Map.of("page-1/1", Records.full("page-1", "1")),
                    new JdbcSyncStateStore(database).records("page-1"));
        }
    }

    private static void assumePosix(Path path) {
        assumeTrue(
                "needs a file system with POSIX permissions",
                Files.getFileAttributeView(path, PosixFileAttributeView.class) != null);
    }

    private static void assertOwnerOnly(Path directory) throws IOException {
        assertEquals(
                directory.toString(),
                "rwx------",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(directory)));
        List<Path> files;
        try (Stream<Path> listed = Files.list(directory)) {
            files = listed.toList();
        }
        assertTrue("the database's files: " + files, files.contains(directory.resolve("agenda.mv.db")));
        for (Path file : files) {
            assertEquals(
                    file.toString(), "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
    }
}
