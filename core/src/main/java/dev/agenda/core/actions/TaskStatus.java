package dev.agenda.core.actions;

/** Whether a Confluence task is ticked, as {@code <ac:task-status>} stores it. */
public enum TaskStatus {
    COMPLETE("complete"),
    INCOMPLETE("incomplete");

    private final String storageValue;

    TaskStatus(String storageValue) {
        this.storageValue = storageValue;
    }

    /** The word storage format and our JSON use: {@code complete} or {@code incomplete}. */
    public String storageValue() {
        return storageValue;
    }
}
