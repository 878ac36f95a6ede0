package dev.agenda.core.tracker;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The outcome of an issue-tracker operation: a value, or a {@link TrackerError} that says what went wrong in words
 * a user can act on. Trackers never throw for what Jira answers or for Jira being away; they return a failure.
 */
public sealed interface Result<T> permits Result.Ok, Result.Failed {

    static <T> Result<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> Result<T> failed(TrackerError error) {
        return new Failed<>(error);
    }

    /** The operation succeeded. */
    record Ok<T>(T value) implements Result<T> {
        public Ok {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public <R> R fold(Function<? super T, ? extends R> ok, Function<TrackerError, ? extends R> failed) {
            return ok.apply(value);
        }
    }

    /** The operation failed; nothing was changed unless the error says otherwise. */
    record Failed<T>(TrackerError error) implements Result<T> {
        public Failed {
            Objects.requireNonNull(error, "error");
        }

        @Override
        public <R> R fold(Function<? super T, ? extends R> ok, Function<TrackerError, ? extends R> failed) {
            return failed.apply(error);
        }
    }

    /**
     * The value of {@code ok} for a success, of {@code failed} for a failure. Each variant answers for itself, so a new
     * variant that does not say how it folds does not compile; everything else here is built on this.
     */
    <R> R fold(Function<? super T, ? extends R> ok, Function<TrackerError, ? extends R> failed);

    default boolean isOk() {
        return fold(value -> true, error -> false);
    }

    /** The value; throws {@link IllegalStateException} naming the error if this is a failure. */
    default T value() {
        return fold(value -> value, error -> {
            throw new IllegalStateException("no value: " + error.message());
        });
    }

    default Optional<T> toOptional() {
        return fold(Optional::of, error -> Optional.empty());
    }

    /** The error, if this is a failure. */
    default Optional<TrackerError> failure() {
        return fold(value -> Optional.empty(), Optional::of);
    }

    default <R> Result<R> map(Function<? super T, ? extends R> mapper) {
        return fold(value -> new Ok<>(mapper.apply(value)), Failed::new);
    }

    default <R> Result<R> flatMap(Function<? super T, Result<R>> mapper) {
        return fold(mapper, Failed::new);
    }
}
