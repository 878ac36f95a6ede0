package dev.agenda.app;

/**
 * Text from elsewhere (Jira's summaries, status names, server title, error messages) made safe to print on a
 * terminal: escape sequences (CSI such as {@code ESC [ 2 J}, OSC such as a {@code ESC ] 8} hyperlink or a window
 * title, and the other string and two-character sequences, in their 7-bit and C1 forms) are removed whole, and every
 * other C0 and C1 control character and DEL is removed; a tab or line break becomes a space, so the text stays one
 * line with its words apart. Ordinary Unicode is kept as it is. Stateless.
 */
final class TerminalText {

    private static final char ESC = '\u001b';
    private static final char BEL = '\u0007';
    private static final char CSI = '\u009b';
    private static final char ST = '\u009c';

    private TerminalText() {}

    /** {@code text} without escape sequences and control characters. */
    static String safe(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ESC) {
                i = afterEscape(text, i + 1);
            } else if (c == CSI) {
                i = afterControlSequence(text, i + 1);
            } else if (c == '\u0090' || c == '\u0098' || c == '\u009d' || c == '\u009e' || c == '\u009f') {
                // DCS, SOS, OSC, PM, APC: a string up to its terminator.
                i = afterString(text, i + 1);
            } else if (c == '\t' || c == '\n' || c == '\r' || c == '\u000b' || c == '\f') {
                kept.append(' ');
                i++;
            } else {
                if (!isControl(c)) {
                    kept.append(c);
                }
                i++;
            }
        }
        return kept.toString();
    }

    /** Where the text goes on after an ESC at {@code from - 1}. */
    private static int afterEscape(String text, int from) {
        if (from >= text.length()) {
            return from;
        }
        char next = text.charAt(from);
        if (next == '[') {
            return afterControlSequence(text, from + 1);
        }
        if (next == ']' || next == 'P' || next == 'X' || next == '^' || next == '_') {
            return afterString(text, from + 1);
        }
        // Other sequences: intermediate bytes (space to '/'), then one final byte ('0' to '~').
        int i = from;
        while (i < text.length() && text.charAt(i) >= ' ' && text.charAt(i) <= '/') {
            i++;
        }
        return i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '~' ? i + 1 : i;
    }

    /** After a CSI: parameter bytes ('0' to '?'), intermediate bytes (space to '/'), one final byte ('@' to '~'). */
    private static int afterControlSequence(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '?') {
            i++;
        }
        while (i < text.length() && text.charAt(i) >= ' ' && text.charAt(i) <= '/') {
            i++;
        }
        return i < text.length() && text.charAt(i) >= '@' && text.charAt(i) <= '~' ? i + 1 : i;
    }

    /**
     * After an OSC, DCS, SOS, PM or APC: up to and with its terminator (BEL, ST or ESC \\); a string that never ends
     * runs to the end of the text, as a terminal would swallow it.
     */
    private static int afterString(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == BEL || c == ST) {
                return i + 1;
            }
            if (c == ESC) {
                // ESC \ ends it; any other ESC ends it too, and starts a sequence of its own.
                return i + 1 < text.length() && text.charAt(i + 1) == '\\' ? i + 2 : i;
            }
        }
        return text.length();
    }

    private static boolean isControl(char c) {
        return c < ' ' || (c >= '\u007f' && c <= '\u009f');
    }
}
