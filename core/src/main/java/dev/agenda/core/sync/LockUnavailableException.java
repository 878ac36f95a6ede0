package dev.agenda.core.sync;

import java.util.Objects;

/** Another holder kept the lock longer than the caller would wait; the message names the lock. */
public final class LockUnavailableException extends RuntimeException {

    public LockUnavailableException(String message) {
        super(message);
    }

    /** Never null: every constructor takes the message. */
    @Override
    public String getMessage() {
        return Objects.requireNonNull(super.getMessage());
    }
}
