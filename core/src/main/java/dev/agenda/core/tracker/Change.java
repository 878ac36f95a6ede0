package dev.agenda.core.tracker;

import java.util.Optional;

/**
 * What to do with one field of an issue: leave it, set it, or clear it.
 */
public sealed interface Change<T> permits Change.Keep, Change.Set, Change.Clear {

    record Keep<T>() implements Change<T> {}

    record Set<T>(T value) implements Change<T> {}

    record Clear<T>() implements Change<T> {}

    static <T> Change<T> keep() {
        return new Keep<>();
    }

    static <T> Change<T> set(T value) {
        return new Set<>(value);
    }

    static <T> Change<T> clear() {
        return new Clear<>();
    }

    /** A change to the given value, or clearing when it is empty. */
    static <T> Change<T> to(Optional<T> value) {
        return value.<Change<T>>map(Change::set).orElseGet(Change::clear);
    }

    default boolean isKeep() {
        return this instanceof Keep;
    }
}
