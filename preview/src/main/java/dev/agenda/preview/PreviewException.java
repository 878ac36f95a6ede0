package dev.agenda.preview;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

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

    /**
     * Refuses to start, saying why, when any of the users is refused: throws for the first of them, in their order.
     */
    static void refuseAny(List<String> usernames, Predicate<String> refused, Function<String, String> why) {
        usernames.stream().filter(refused).findFirst().ifPresent(username -> {
            throw new PreviewException(why.apply(username));
        });
    }
}
