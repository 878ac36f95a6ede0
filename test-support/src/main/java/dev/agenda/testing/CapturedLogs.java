package dev.agenda.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The log records written while it is open, at every level, as text: what an administrator would read. It listens on
 * {@code java.util.logging}'s root logger, where slf4j's {@code slf4j-jdk14} binding (which the tests use) and the
 * preview host's server write. {@link #close()} stops listening and puts the root's level back.
 */
public final class CapturedLogs implements AutoCloseable {

    private final Logger root = Logger.getLogger("");
    private final Level before = root.getLevel();
    private final List<String> records = new ArrayList<>();
    private final Handler handler = new Handler() {
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord entry) {
            synchronized (records) {
                records.add(entry.getLoggerName() + " " + entry.getLevel() + " " + formatter.formatMessage(entry)
                        + (entry.getThrown() == null ? "" : " " + entry.getThrown()));
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    private CapturedLogs() {
        handler.setLevel(Level.ALL);
        root.setLevel(Level.ALL);
        root.addHandler(handler);
    }

    /** Starts capturing. */
    public static CapturedLogs open() {
        return new CapturedLogs();
    }

    /** Every record so far, one line each: logger, level, message (and the exception, if any). */
    public List<String> lines() {
        synchronized (records) {
            return List.copyOf(records);
        }
    }

    /** Everything captured, as one text. */
    public String text() {
        return String.join("\n", lines());
    }

    @Override
    public void close() {
        root.removeHandler(handler);
        root.setLevel(before);
    }
}
