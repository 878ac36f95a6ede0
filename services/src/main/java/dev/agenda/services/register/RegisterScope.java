package dev.agenda.services.register;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Which pages the register reads, as written in a request: {@code children:PAGE-ID}, {@code siblings:PAGE-ID},
 * {@code space:KEY}, {@code label:NAME}, or nothing for every page the host offers a register over (the preview
 * host's pages directory).
 *
 * @param value the page id, space key or label; empty for {@link Kind#ALL}
 */
public record RegisterScope(Kind kind, String value) {

    /** What the scope is relative to. */
    public enum Kind {
        ALL,
        CHILDREN,
        SIBLINGS,
        SPACE,
        LABEL
    }

    /** What a request may write, for the message that refuses anything else. */
    public static final String ALLOWED =
            "children:PAGE-ID, siblings:PAGE-ID, space:KEY, label:NAME, or nothing (every page offered)";

    public RegisterScope {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }

    public static RegisterScope all() {
        return new RegisterScope(Kind.ALL, "");
    }

    /** The scope {@code written} names; empty when it names none ({@link #ALLOWED} says what it may). */
    public static Optional<RegisterScope> parse(String written) {
        String text = written.strip();
        if (text.isEmpty() || text.equals("all")) {
            return Optional.of(all());
        }
        int colon = text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            return Optional.empty();
        }
        String value = text.substring(colon + 1).strip();
        Kind kind;
        switch (text.substring(0, colon).strip().toLowerCase(Locale.ROOT)) {
            case "children" -> kind = Kind.CHILDREN;
            case "siblings" -> kind = Kind.SIBLINGS;
            case "space" -> kind = Kind.SPACE;
            case "label" -> kind = Kind.LABEL;
            default -> {
                return Optional.empty();
            }
        }
        if ((kind == Kind.CHILDREN || kind == Kind.SIBLINGS) && !value.matches("[1-9][0-9]{0,18}")) {
            return Optional.empty();
        }
        return value.isEmpty() ? Optional.empty() : Optional.of(new RegisterScope(kind, value));
    }

    /** The page a {@link Kind#CHILDREN} or {@link Kind#SIBLINGS} scope is relative to. */
    public Optional<Long> page() {
        return kind == Kind.CHILDREN || kind == Kind.SIBLINGS ? Optional.of(Long.parseLong(value)) : Optional.empty();
    }

    @Override
    public String toString() {
        return kind == Kind.ALL ? "all" : kind.name().toLowerCase(Locale.ROOT) + ":" + value;
    }
}
