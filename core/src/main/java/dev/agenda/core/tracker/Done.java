package dev.agenda.core.tracker;

/** The value of an operation that succeeds without a result of its own. */
public enum Done {
    DONE
}
