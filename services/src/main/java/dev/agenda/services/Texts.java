package dev.agenda.services;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * The page services' user-facing sentences, read by key from {@value #FILE} beside this class and formatted with
 * {@link MessageFormat}. They live in one file so they can be translated; they are read through this class's own loader
 * because inside OSGi the thread's loader is the host's. Thread-safe once constructed.
 */
public final class Texts {

    /** Where the texts are, relative to the class path root. */
    public static final String FILE = "dev/agenda/services/texts.properties";

    private final Properties texts = new Properties();

    public Texts() {
        try (InputStream in = Texts.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing");
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + FILE, e);
        }
    }

    /**
     * The text for {@code key} with its {@code {0}}-style arguments filled in.
     *
     * @throws IllegalArgumentException for a key the file does not have, so a missing text fails tests, not users
     */
    public String text(String key, Object... arguments) {
        String pattern = texts.getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no text for " + key + " in " + FILE);
        }
        return new MessageFormat(pattern, Locale.ENGLISH).format(arguments);
    }
}
