package dev.agenda.core.agenda;

import java.util.List;
import java.util.Locale;

/**
 * What an agenda table column holds, recognised from its header by the words authors use. A header matches
 * when it is one of the role's words or its plural, or starts with one followed by a non-letter ("Time (MST)",
 * "Notes / actions"); case does not matter. Columns matching no role are {@link #OTHER}: kept and shown as they are.
 */
public enum ColumnRole {
    TIME("time", "start", "when"),
    DURATION("duration", "length", "minutes", "mins"),
    TOPIC("topic", "item", "subject", "title"),
    CHAIR("chair", "presenter", "lead", "owner", "speaker", "who"),
    NOTES("notes", "note", "discussion", "outcome", "details"),
    OTHER;

    /** The columns of a table without a header row: Time | Topic | Chair | Notes. */
    public static final List<ColumnRole> WITHOUT_HEADER = List.of(TIME, TOPIC, CHAIR, NOTES);

    @SuppressWarnings("ImmutableEnumChecker") // List.of: unmodifiable, which the checker cannot see in the type
    private final List<String> words;

    ColumnRole(String... words) {
        this.words = List.of(words);
    }

    /** The role a header names, or {@link #OTHER}. */
    private static boolean names(String header, String word) {
        return header.equals(word) || (header.startsWith(word) && !Character.isLetter(header.charAt(word.length())));
    }

    public static ColumnRole ofHeader(String header) {
        String text = header.replace('\u00A0', ' ').strip().toLowerCase(Locale.ROOT);
        for (ColumnRole role : values()) {
            for (String word : role.words) {
                if (names(text, word) || names(text, word + "s")) {
                    return role;
                }
            }
        }
        return OTHER;
    }
}
