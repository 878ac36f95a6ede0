package dev.agenda.core.render;

import java.util.Objects;
import java.util.Optional;

/**
 * What a host adds around a rendered page: a banner above it (the preview host says what it is and which Jira it
 * shows), markup at the end of the body (its scripts), and who renders the agenda macros. {@link #none()} is the
 * command line's standalone document. Immutable.
 */
public record PageChrome(SafeHtml banner, SafeHtml scripts, Optional<AgendaMacroSlot> agendaMacros) {

    public PageChrome {
        Objects.requireNonNull(banner, "banner");
        Objects.requireNonNull(scripts, "scripts");
        Objects.requireNonNull(agendaMacros, "agendaMacros");
    }

    public static PageChrome none() {
        return new PageChrome(SafeHtml.EMPTY, SafeHtml.EMPTY, Optional.empty());
    }
}
