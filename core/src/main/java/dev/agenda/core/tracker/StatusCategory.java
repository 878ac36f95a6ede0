package dev.agenda.core.tracker;

import java.util.Locale;

/**
 * Jira's status categories, which every workflow status belongs to; the app decides "done" by category, never by a
 * status's name, which each team chooses.
 */
public enum StatusCategory {
    TO_DO("new"),
    IN_PROGRESS("indeterminate"),
    DONE("done"),
    UNDEFINED("undefined");

    private final String key;

    StatusCategory(String key) {
        this.key = key;
    }

    /** Jira's key for the category: {@code new}, {@code indeterminate}, {@code done}, {@code undefined}. */
    public String key() {
        return key;
    }

    public static StatusCategory ofKey(String key) {
        String wanted = key == null ? "" : key.toLowerCase(Locale.ROOT);
        for (StatusCategory category : values()) {
            if (category.key.equals(wanted)) {
                return category;
            }
        }
        return UNDEFINED;
    }
}
