package dev.agenda.jdbc;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Keeps a database's passwords out of what the module says: the redacted URL, and messages built from driver
 * exceptions. Knows the password given on its own and every {@code password=} value of the URL, so that a driver
 * message quoting either is cleaned as well. Immutable.
 */
final class Secrets {

    static final String MASK = "****";

    // Covers PostgreSQL's ?password=… / &sslpassword=… and H2's ;PASSWORD=…, whatever the case.
    private static final Pattern PASSWORD_SETTING = Pattern.compile("(?i)(\\b\\w*password=)([^&;]*)");
    // pgjdbc ignores user:password@host, but a pasted URL may still carry it.
    private static final Pattern USER_INFO = Pattern.compile("(//[^/@:;?&]*:)([^/@]*)(@)");

    private final List<String> literals;

    private Secrets(List<String> literals) {
        this.literals = literals;
    }

    static Secrets of(String url, @Nullable String password) {
        Set<String> found = new HashSet<>();
        if (password != null && !password.isEmpty()) {
            found.add(password);
        }
        collect(PASSWORD_SETTING.matcher(url), found);
        collect(USER_INFO.matcher(url), found);
        // Longest first, so that a password containing a shorter one is masked whole.
        List<String> literals = new ArrayList<>(found);
        literals.sort((a, b) -> b.length() - a.length());
        return new Secrets(List.copyOf(literals));
    }

    private static void collect(Matcher matcher, Set<String> found) {
        while (matcher.find()) {
            if (!matcher.group(2).isEmpty()) {
                found.add(matcher.group(2));
            }
        }
    }

    /** {@code url} with its password settings masked; the rest, user and database names included, as it was. */
    String redactUrl(String url) {
        String redacted = PASSWORD_SETTING.matcher(url).replaceAll("$1" + MASK);
        return USER_INFO.matcher(redacted).replaceAll("$1" + MASK + "$3");
    }

    /**
     * {@code text} with password settings and every known password masked: for what a driver says, which may quote
     * one anywhere. A password that is also a common word masks that word too, a price worth paying.
     */
    String redact(String text) {
        String redacted = redactUrl(text);
        for (String literal : literals) {
            redacted = redacted.replace(literal, MASK);
        }
        return redacted;
    }

    /**
     * The driver's words for {@code e}, redacted, followed by its root cause's when they do not already say it
     * (pgjdbc's "The connection attempt failed." hides an unknown host there).
     */
    String describe(Throwable e) {
        String message = text(e);
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root != e && root.getMessage() != null && !message.contains(root.getMessage())) {
            message = message + " (" + root.getClass().getSimpleName() + ": " + text(root) + ")";
        }
        return redact(message);
    }

    private static String text(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.strip();
    }

    /**
     * {@code e} when nothing in its chain quotes a password, else null: a cause is printed with every stack trace,
     * and a driver may put the URL, with its password, in a message.
     */
    @Nullable
    Throwable safeCause(Throwable e) {
        Set<Throwable> seen = new HashSet<>();
        List<Throwable> pending = new ArrayList<>(List.of(e));
        while (!pending.isEmpty()) {
            Throwable next = pending.remove(pending.size() - 1);
            if (next == null || !seen.add(next)) {
                continue;
            }
            if (!next.toString().equals(redact(next.toString()))) {
                return null;
            }
            pending.add(next.getCause());
            pending.addAll(List.of(next.getSuppressed()));
            if (next instanceof SQLException sql) {
                pending.add(sql.getNextException());
            }
        }
        return e;
    }
}
