package dev.agenda.core.calendar;

import java.nio.charset.StandardCharsets;

/**
 * Writes iCalendar content lines as RFC 5545 §3.1 wants them: each ended by CRLF, folded so that no line is longer
 * than 75 octets of UTF-8 (a continuation line starts with one space, which counts), never inside a character; and
 * TEXT values escaped (§3.3.11: backslash, semicolon, comma and newline; other control characters but the
 * tab dropped). Not thread-safe; one per document.
 */
final class ContentLines {

    static final String CRLF = "\r\n";
    private static final int MAX_OCTETS = 75;

    private final StringBuilder out = new StringBuilder();

    /** A property whose value is already in its final form (a date, a number, a URI, a parameter list). */
    ContentLines raw(String nameAndParameters, String value) {
        fold(nameAndParameters + ":" + value);
        return this;
    }

    /** A property with a TEXT value, escaped. */
    ContentLines text(String name, String value) {
        return raw(name, escape(value));
    }

    /** The TEXT escaping of RFC 5545 §3.3.11; a CR before a newline (or alone) is dropped, as lines end in CRLF. */
    static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        String normalised = value.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                default -> {
                    // TEXT admits no control character but the tab (§3.3.11); one would make the file unreadable.
                    if (c == '\t' || !Character.isISOControl(c)) {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    private void fold(String line) {
        int octets = 0;
        int limit = MAX_OCTETS;
        int i = 0;
        while (i < line.length()) {
            int codePoint = line.codePointAt(i);
            int width = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + width > limit) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += width;
            i += Character.charCount(codePoint);
        }
        out.append(CRLF);
    }

    String document() {
        return out.toString();
    }
}
