package dev.agenda.confluence.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * The plugin's own user-facing texts, read by key from the bundle the descriptor declares ({@code i18n/agenda}) and
 * formatted with {@link MessageFormat}. Texts live in one file so they can be translated; they are read from this
 * bundle's own class loader because inside OSGi the thread's loader is the host's. Thread-safe once constructed.
 */
public final class PluginMessages {

    /** Where the texts are, as atlassian-plugin.xml's i18n resource names them. */
    public static final String BUNDLE = "i18n/agenda.properties";

    private final Properties texts = new Properties();

    public PluginMessages() {
        try (InputStream in = PluginMessages.class.getClassLoader().getResourceAsStream(BUNDLE)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLE + " is missing from the plugin");
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + BUNDLE, e);
        }
    }

    /**
     * The text for {@code key} with its {@code {0}}-style arguments filled in.
     *
     * @throws IllegalArgumentException for a key the bundle does not have, so a missing text fails tests, not users
     */
    public String text(String key, Object... arguments) {
        String pattern = texts.getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no text for " + key + " in " + BUNDLE);
        }
        return new MessageFormat(pattern, Locale.ENGLISH).format(arguments);
    }
}
