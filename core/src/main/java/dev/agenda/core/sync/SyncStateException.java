package dev.agenda.core.sync;

/** The sync state store cannot be read or written; the message says which store and why, without credentials. */
public final class SyncStateException extends RuntimeException {

    public SyncStateException(String message, Throwable cause) {
        super(message, cause);
    }

    public SyncStateException(String message) {
        super(message);
    }
}
