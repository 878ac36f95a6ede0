package dev.agenda.core.tracker;

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

    default boolean isKeep() {
        return this instanceof Keep;
    }
}
