package dev.agenda.core.sync;

/** Another holder kept the lock longer than the caller would wait; the message names the lock. */
public final class LockUnavailableException extends RuntimeException {

    public LockUnavailableException(String message) {
        super(message);
    }
}
