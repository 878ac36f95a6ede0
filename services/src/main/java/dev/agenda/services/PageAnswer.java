package dev.agenda.services;

import java.util.Objects;
import java.util.function.Function;

/**
 * What a piece of work on a page came to: done, with its value, or refused, with the {@link Refusal} that says why.
 * The one answer type of the page services; a host maps refusals to its own terms in one place (the REST resources'
 * {@code RestErrors}). {@link #fold} makes every caller handle both cases.
 *
 * @param <T> the value of work that was done
 */
public sealed interface PageAnswer<T> permits PageAnswer.Done, PageAnswer.Refused {

    /** The work was done. */
    record Done<T>(T value) implements PageAnswer<T> {
        public Done {
            Objects.requireNonNull(value, "value");
        }
    }

    /** The work was not done, or not all of it; the refusal says why, in words a user can act on. */
    record Refused<T>(Refusal refusal) implements PageAnswer<T> {
        public Refused {
            Objects.requireNonNull(refusal, "refusal");
        }
    }

    static <T> PageAnswer<T> done(T value) {
        return new Done<>(value);
    }

    static <T> PageAnswer<T> refused(Refusal refusal) {
        return new Refused<>(refusal);
    }

    /** The value of {@code done} for work that was done, of {@code refused} for work that was not. */
    default <R> R fold(Function<? super T, ? extends R> done, Function<Refusal, ? extends R> refused) {
        if (this instanceof Done<T> finished) {
            return done.apply(finished.value());
        }
        return refused.apply(((Refused<T>) this).refusal());
    }
}
