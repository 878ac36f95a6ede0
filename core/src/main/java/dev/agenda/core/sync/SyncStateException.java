package dev.agenda.core.sync;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The sync state store cannot be read or written; the message says which store and why, without credentials. */
public final class SyncStateException extends RuntimeException {

    public SyncStateException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }

    public SyncStateException(String message) {
        super(message);
    }

    /** Never null: every constructor takes the message. */
    @Override
    public String getMessage() {
        return Objects.requireNonNull(super.getMessage());
    }
}
