package dev.agenda.app;

import dev.agenda.core.storage.StorageElement;
import dev.agenda.core.storage.StorageFormatException;
import dev.agenda.core.storage.StorageFormatParser;
import dev.agenda.core.users.CsvUserDirectoryReader;
import dev.agenda.core.users.InMemoryUserDirectory;
import dev.agenda.core.users.UserDirectory;
import dev.agenda.core.users.UserDirectoryFormatException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Reads the command line's input files, turning every failure into a {@link UsageException} that names the file
 * (and, for pages, the line and column): {@code dmlt.xml:12:7: The element type "p" must be terminated …}.
 */
final class InputFiles {

    private final StorageFormatParser parser = new StorageFormatParser();
    private final CsvUserDirectoryReader usersReader = new CsvUserDirectoryReader();

    StorageElement page(Path file) throws UsageException {
        return page(file.toString(), text(file));
    }

    StorageElement page(String name, String storage) throws UsageException {
        try {
            return parser.parse(storage);
        } catch (StorageFormatException e) {
            String where = e.position().isKnown()
                    ? name + ":" + e.position().line() + ":" + e.position().column()
                    : name;
            throw new UsageException(where + ": not readable as Confluence storage format: " + e.problem());
        }
    }

    /** The user directory in the file; an empty one when {@code file} is null (no {@code --users} given). */
    UserDirectory users(@Nullable Path file) throws UsageException {
        if (file == null) {
            return UserDirectory.empty();
        }
        return users(file.toString(), text(file));
    }

    InMemoryUserDirectory users(String name, String csv) throws UsageException {
        try {
            return usersReader.read(csv);
        } catch (UserDirectoryFormatException e) {
            String where = e.line() > 0 ? name + ":" + e.line() : name;
            String problem = e.getMessage().replaceFirst("^line \\d+: ", "");
            throw new UsageException(where + ": " + problem);
        }
    }

    static String text(Path file) throws UsageException {
        try {
            if (Files.isDirectory(file)) {
                throw new UsageException(file + ": is a directory, not a file");
            }
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (NoSuchFileException e) {
            throw new UsageException(file + ": no such file");
        } catch (AccessDeniedException e) {
            throw new UsageException(file + ": permission denied");
        } catch (CharacterCodingException e) {
            throw new UsageException(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new UsageException(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }
}
