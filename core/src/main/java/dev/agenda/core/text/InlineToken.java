package dev.agenda.core.text;

import dev.agenda.core.issues.IssueKey;
import dev.agenda.core.users.Person;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A piece of running text as a reader sees it: words, a person, an issue, a date, or a break between blocks.
 * Storage-format markup is reduced to these so that sentences can be read without caring how they were marked up.
 */
public sealed interface InlineToken {

    record Words(String text) implements InlineToken {}

    record Mention(Person person) implements InlineToken {}

    record Issue(IssueKey key) implements InlineToken {}

    /** A {@code <time datetime>} element: the date when it could be read, and the attribute as written. */
    record Date(Optional<LocalDate> date, String written) implements InlineToken {}

    /** The edge of a block (paragraph, list item, line break): reads as a space. */
    record Break() implements InlineToken {}
}
