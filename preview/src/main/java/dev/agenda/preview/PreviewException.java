package dev.agenda.preview;

/** The preview host could not start; the message says what to change. */
public final class PreviewException extends RuntimeException {

    public PreviewException(String message) {
        super(message);
    }
}
