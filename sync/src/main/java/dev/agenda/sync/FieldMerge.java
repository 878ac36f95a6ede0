package dev.agenda.sync;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The three-way decision for one field of an action's issue: the value both sides had at the last sync (the base), the
 * page's value now, and Jira's now. A change made only on the page is pushed; a change made only in Jira is left
 * alone; the same change on both sides is agreement; different changes on both sides are a conflict, which keeps
 * Jira's value and is reported every sync until someone makes the two agree.
 */
record FieldMerge<T>(Decision decision, Optional<T> page, Optional<T> jira, Optional<T> newBase) {

    /** What to do with the field. */
    enum Decision {
        UNCHANGED,
        PUSH,
        KEEP_JIRA,
        AGREE,
        CONFLICT
    }

    /**
     * Decides for one field; each value is null where the field is empty (no due date, nobody assigned).
     *
     * @param base the value at the last sync
     * @param page the page's value now
     * @param jira Jira's value now
     */
    static <T> FieldMerge<T> of(@Nullable T base, @Nullable T page, @Nullable T jira) {
        Optional<T> before = Optional.ofNullable(base);
        Optional<T> onPage = Optional.ofNullable(page);
        Optional<T> inJira = Optional.ofNullable(jira);
        if (onPage.equals(inJira)) {
            return new FieldMerge<>(
                    onPage.equals(before) ? Decision.UNCHANGED : Decision.AGREE, onPage, inJira, onPage);
        }
        if (onPage.equals(before)) {
            return new FieldMerge<>(Decision.KEEP_JIRA, onPage, inJira, before);
        }
        if (inJira.equals(before)) {
            return new FieldMerge<>(Decision.PUSH, onPage, inJira, onPage);
        }
        return new FieldMerge<>(Decision.CONFLICT, onPage, inJira, before);
    }

    boolean pushes() {
        return decision == Decision.PUSH;
    }

    boolean conflicts() {
        return decision == Decision.CONFLICT;
    }
}
