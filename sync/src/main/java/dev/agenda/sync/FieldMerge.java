package dev.agenda.sync;

import java.util.Objects;
import java.util.Optional;

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

    static <T> FieldMerge<T> of(Optional<T> base, Optional<T> page, Optional<T> jira) {
        Objects.requireNonNull(base, "base");
        if (page.equals(jira)) {
            return new FieldMerge<>(page.equals(base) ? Decision.UNCHANGED : Decision.AGREE, page, jira, page);
        }
        if (page.equals(base)) {
            return new FieldMerge<>(Decision.KEEP_JIRA, page, jira, base);
        }
        if (jira.equals(base)) {
            return new FieldMerge<>(Decision.PUSH, page, jira, page);
        }
        return new FieldMerge<>(Decision.CONFLICT, page, jira, base);
    }

    boolean pushes() {
        return decision == Decision.PUSH;
    }

    boolean conflicts() {
        return decision == Decision.CONFLICT;
    }
}
