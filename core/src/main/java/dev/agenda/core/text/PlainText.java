package dev.agenda.core.text;

import dev.agenda.core.storage.StorageElement;
import dev.agenda.core.users.Person;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Readable plain text from storage-format content and from {@link InlineToken}s: people by their display names
 * (a person the directory does not know as {@code @name}, as the editor shows a mention, since the text may travel
 * to Jira), issues by key, dates as {@code 15 Dec 2017}, and all runs of whitespace (including no-break spaces) as
 * one space.
 */
public final class PlainText {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private PlainText() {}

    /** Collapses every run of whitespace to one space and trims the ends. */
    public static String collapse(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** The readable text of a cell or any other element. */
    public static String of(StorageElement element, InlineTokenizer tokenizer) {
        return of(tokenizer.tokens(element.children()));
    }

    public static String of(List<InlineToken> tokens) {
        StringBuilder text = new StringBuilder();
        for (InlineToken token : tokens) {
            if (token instanceof InlineToken.Words words) {
                text.append(words.text());
            } else if (token instanceof InlineToken.Mention mention) {
                Person person = mention.person();
                text.append(person.known() ? person.displayName() : "@" + person.username());
            } else if (token instanceof InlineToken.Issue issue) {
                text.append(issue.key());
            } else if (token instanceof InlineToken.Date date) {
                text.append(date.date().map(PlainText::date).orElse(date.written()));
            } else {
                text.append(' ');
            }
        }
        return collapse(text.toString());
    }
}
