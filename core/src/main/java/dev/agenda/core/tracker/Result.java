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
    }

    /** The operation failed; nothing was changed unless the error says otherwise. */
    record Failed<T>(TrackerError error) implements Result<T> {
        public Failed {
            Objects.requireNonNull(error, "error");
        }
    }

    default boolean isOk() {
        return this instanceof Ok;
    }

    /** The value; throws {@link IllegalStateException} naming the error if this is a failure. */
    default T value() {
        if (this instanceof Ok<T> ok) {
            return ok.value();
        }
        throw new IllegalStateException(
                "no value: " + ((Failed<T>) this).error().message());
    }

    default Optional<T> toOptional() {
        return this instanceof Ok<T> ok ? Optional.of(ok.value()) : Optional.empty();
    }

    /** The error, if this is a failure. */
    default Optional<TrackerError> failure() {
        return this instanceof Failed<T> failed ? Optional.of(failed.error()) : Optional.empty();
    }

    default <R> Result<R> map(Function<? super T, ? extends R> mapper) {
        if (this instanceof Ok<T> ok) {
            return new Ok<>(mapper.apply(ok.value()));
        }
        return new Failed<>(((Failed<T>) this).error());
    }

    default <R> Result<R> flatMap(Function<? super T, Result<R>> mapper) {
        if (this instanceof Ok<T> ok) {
            return mapper.apply(ok.value());
        }
        return new Failed<>(((Failed<T>) this).error());
    }
}
