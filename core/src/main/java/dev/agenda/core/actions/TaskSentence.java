package dev.agenda.core.actions;

import dev.agenda.core.text.InlineToken;
import dev.agenda.core.text.PlainText;
import dev.agenda.core.users.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a task's words into who it is for and what it says.
 *
 * <p>The assignees are the group of people the task starts with, joined by {@code &}, {@code and}, commas,
 * {@code +} or {@code /}: "@a &amp; @b: …", "@a and @b will …", "@a to …". A person mentioned later in the
 * sentence is not an assignee. The text is what remains, readable on its own: the joining word or colon after
 * the group is dropped (and the next letter capitalised), and a trailing date or issue reference — which are
 * fields of the action — is dropped; a date or issue in the middle of the sentence stays as words.
 */
final class TaskSentence {

    private static final Pattern CONNECTOR =
            Pattern.compile("\\s*(,|&|\\+|/|and|,\\s*and)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEAD_IN = Pattern.compile(
            "^\\s*(?:[:\\-–—]"
                    + "|(?:will|shall|should|must|to|is to|are to|needs? to|is going to|are going to)(?=\\s))"
                    + "\\s*",
            Pattern.CASE_INSENSITIVE);

    private final List<Person> assignees;
    private final String text;

    private TaskSentence(List<Person> assignees, String text) {
        this.assignees = List.copyOf(assignees);
        this.text = text;
    }

    static TaskSentence of(List<InlineToken> tokens) {
        List<Person> assignees = new ArrayList<>();
        int next = skipBlank(tokens, 0);
        while (next < tokens.size() && tokens.get(next) instanceof InlineToken.Mention mention) {
            assignees.add(mention.person());
            int afterMention = next + 1;
            int connectorEnd = afterMention;
            StringBuilder between = new StringBuilder();
            while (connectorEnd < tokens.size() && isWords(tokens.get(connectorEnd))) {
                between.append(wordsOf(tokens.get(connectorEnd)));
                connectorEnd++;
            }
            boolean joined = connectorEnd < tokens.size()
                    && tokens.get(connectorEnd) instanceof InlineToken.Mention
                    && CONNECTOR.matcher(between).matches();
            next = joined ? connectorEnd : afterMention;
            if (!joined) {
                break;
            }
        }
        List<InlineToken> rest = new ArrayList<>(tokens.subList(Math.min(next, tokens.size()), tokens.size()));
        dropTrailingFields(rest);
        String text = PlainText.of(rest);
        if (!assignees.isEmpty()) {
            text = withoutLeadIn(text);
        }
        return new TaskSentence(assignees, text);
    }

    List<Person> assignees() {
        return assignees;
    }

    String text() {
        return text;
    }

    private static String withoutLeadIn(String text) {
        Matcher leadIn = LEAD_IN.matcher(text);
        String rest = leadIn.find() ? text.substring(leadIn.end()) : text;
        if (!rest.isEmpty() && Character.isLowerCase(rest.codePointAt(0))) {
            int first = rest.codePointAt(0);
            return new StringBuilder()
                    .appendCodePoint(Character.toUpperCase(first))
                    .append(rest.substring(Character.charCount(first)))
                    .toString();
        }
        return rest;
    }

    private static void dropTrailingFields(List<InlineToken> tokens) {
        while (!tokens.isEmpty()) {
            InlineToken last = tokens.get(tokens.size() - 1);
            boolean field = last instanceof InlineToken.Date || last instanceof InlineToken.Issue;
            if (field || isBlank(last)) {
                tokens.remove(tokens.size() - 1);
            } else {
                return;
            }
        }
    }

    private static int skipBlank(List<InlineToken> tokens, int from) {
        int index = from;
        while (index < tokens.size() && isBlank(tokens.get(index))) {
            index++;
        }
        return index;
    }

    private static boolean isWords(InlineToken token) {
        return token instanceof InlineToken.Words || token instanceof InlineToken.Break;
    }

    private static String wordsOf(InlineToken token) {
        return token instanceof InlineToken.Words words ? words.text() : " ";
    }

    private static boolean isBlank(InlineToken token) {
        return token instanceof InlineToken.Break
                || (token instanceof InlineToken.Words words
                        && PlainText.collapse(words.text()).isEmpty());
    }
}
