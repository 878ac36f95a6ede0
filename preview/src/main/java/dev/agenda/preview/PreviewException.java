package dev.agenda.preview;

import java.util.Objects;

/** The preview host could not start; the message says what to change. */
public final class PreviewException extends RuntimeException {

    public PreviewException(String message) {
        super(message);
    }

    /** Never null: every constructor takes the message. */
    @Override
    public String getMessage() {
        return Objects.requireNonNull(super.getMessage());
    }
}
