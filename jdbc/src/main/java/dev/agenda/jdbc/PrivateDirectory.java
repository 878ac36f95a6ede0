package dev.agenda.jdbc;

import dev.agenda.core.sync.SyncStateException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A directory only its owner may enter, for what must stay the owner's: the embedded database's files, and the data
 * directory of {@code bin/agenda serve} around them. {@link #prepare} makes it {@code rwx------} (0700), or tightens an
 * existing one to that; files written through {@link #writeOwnerOnly} are {@code rw-------} (0600), and
 * {@link #tightenFiles} brings files others made there to the same.
 *
 * <p>Permissions are set where the file system has POSIX permissions, and left as they are where it has none (the
 * directory is still made). Failures are {@link SyncStateException}s naming the directory and what could not be done.
 */
public final class PrivateDirectory {

    static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateDirectory() {}

    /**
     * Makes {@code directory} (and any missing parent) readable, writable and enterable by its owner only, or
     * tightens an existing directory to that: one left open to others by an earlier version, or made by hand, is
     * closed to them from now on.
     *
     * @return {@code directory}, absolute
     * @throws SyncStateException when it is not a directory, or cannot be made or closed to others
     */
    public static Path prepare(Path directory) {
        Path absolute = directory.toAbsolutePath().normalize();
        boolean posix = hasPosixPermissions(absolute);
        try {
            if (!Files.isDirectory(absolute)) {
                if (posix) {
                    Files.createDirectories(absolute, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY));
                } else {
                    Files.createDirectories(absolute);
                }
            }
        } catch (FileAlreadyExistsException e) {
            throw new SyncStateException(
                    absolute + " is a file, not a directory: the agenda database needs a" + " directory of its own");
        } catch (IOException e) {
            throw new SyncStateException("cannot make the directory " + absolute + ": " + reason(e));
        }
        if (posix) {
            closeToOthers(absolute, OWNER_ONLY_DIRECTORY);
        }
        return absolute;
    }

    /** Closes to others every file of {@code directory} whose name starts with {@code prefix}. */
    static void tightenFiles(Path directory, String prefix) {
        if (!hasPosixPermissions(directory)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, prefix + "*")) {
            for (Path file : files) {
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    closeToOthers(file, OWNER_ONLY_FILE);
                }
            }
        } catch (IOException e) {
            throw new SyncStateException("cannot list " + directory + " to close its files to others: " + reason(e));
        }
    }

    /**
     * Writes {@code content} to the file {@code name} of a prepared {@code directory}, owner-only from the moment it
     * exists: written beside it first and then moved over it, so a reader sees the old content or the new, never half
     * of it. Each write has a file of its own beside it, so that two threads or processes writing at once each move a
     * whole file over it, and the last one wins.
     */
    static void writeOwnerOnly(Path directory, String name, String content) {
        Path file = directory.resolve(name);
        Path next = null;
        try {
            next = hasPosixPermissions(directory)
                    ? Files.createTempFile(
                            directory, name + ".", ".next", PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE))
                    : Files.createTempFile(directory, name + ".", ".next");
            Files.writeString(next, content);
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new SyncStateException("cannot write " + file + ": " + reason(e));
        } finally {
            deleteQuietly(next);
        }
    }

    /** Removes a write's own file that was not moved into place (the write failed); gone already after a move. */
    private static void deleteQuietly(@Nullable Path leftover) {
        if (leftover == null) {
            return;
        }
        try {
            Files.deleteIfExists(leftover);
        } catch (IOException e) {
            // The write's own outcome is what the caller hears about; a stray file beside it harms nothing.
        }
    }

    private static void closeToOthers(Path path, Set<PosixFilePermission> wanted) {
        try {
            if (!Files.getPosixFilePermissions(path).equals(wanted)) {
                Files.setPosixFilePermissions(path, wanted);
            }
        } catch (IOException e) {
            throw new SyncStateException("cannot close " + path + " to other users (it must be "
                    + PosixFilePermissions.toString(wanted) + ", its owner's alone): " + reason(e));
        }
    }

    private static boolean hasPosixPermissions(Path path) {
        return Files.getFileAttributeView(path, PosixFileAttributeView.class) != null;
    }

    private static String reason(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")");
    }
}
