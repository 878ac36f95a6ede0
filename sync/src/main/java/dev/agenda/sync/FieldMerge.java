package dev.agenda.sync;

import java.util.Optional;

/**
 * The three-way decision for one field of an action's issue: the value both sides had at the last sync (the base), the
 * page's value now, and Jira's now, each empty where the field is (no due date, nobody assigned). A change made only
 * on the page is pushed; a change made only in Jira is left alone; the same change on both sides is agreement;
 * different changes on both sides are a conflict, which keeps Jira's value and is reported every sync until someone
 * makes the two agree.
 *
 * @param base the value at the last sync
 * @param page the page's value now
 * @param jira Jira's value now
 */
record FieldMerge<T>(Optional<T> base, Optional<T> page, Optional<T> jira) {

    /** What to do with the field. */
    enum Decision {
        UNCHANGED,
        PUSH,
        KEEP_JIRA,
        AGREE,
        CONFLICT
    }

    Decision decision() {
        if (page.equals(jira)) {
            return page.equals(base) ? Decision.UNCHANGED : Decision.AGREE;
        }
        if (page.equals(base)) {
            return Decision.KEEP_JIRA;
        }
        return jira.equals(base) ? Decision.PUSH : Decision.CONFLICT;
    }

    /** The value both sides agree on after this sync: the page's where it is pushed or agreed, else the old base. */
    Optional<T> newBase() {
        return switch (decision()) {
            case UNCHANGED, AGREE, PUSH -> page;
            case KEEP_JIRA, CONFLICT -> base;
        };
    }

    boolean pushes() {
        return decision() == Decision.PUSH;
    }

    boolean conflicts() {
        return decision() == Decision.CONFLICT;
    }
}
