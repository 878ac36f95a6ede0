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

        @Override
        public <R> R fold(Function<? super T, ? extends R> done, Function<Refusal, ? extends R> refused) {
            return done.apply(value);
        }
    }

    /** The work was not done, or not all of it; the refusal says why, in words a user can act on. */
    record Refused<T>(Refusal refusal) implements PageAnswer<T> {
        public Refused {
            Objects.requireNonNull(refusal, "refusal");
        }

        @Override
        public <R> R fold(Function<? super T, ? extends R> done, Function<Refusal, ? extends R> refused) {
            return refused.apply(refusal);
        }
    }

    static <T> PageAnswer<T> done(T value) {
        return new Done<>(value);
    }

    static <T> PageAnswer<T> refused(Refusal refusal) {
        return new Refused<>(refusal);
    }

    /**
     * The value of {@code done} for work that was done, of {@code refused} for work that was not. Each variant answers
     * for itself, so a new variant that does not say how it folds does not compile, rather than being taken for another
     * at run time.
     */
    <R> R fold(Function<? super T, ? extends R> done, Function<Refusal, ? extends R> refused);
}
