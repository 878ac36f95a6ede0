package dev.agenda.jira.fake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The subset of JQL the fake Jira understands — what the app sends: {@code key in (A-1, B-2)} (also {@code issuekey}
 * and {@code issue}, and {@code = } for one key), {@code issue in issuesWithRemoteLinksByGlobalId("g1", "g2")} (at
 * most {@value #MAX_GLOBAL_IDS} ids), {@code labels = x}, {@code project = KEY}, joined by {@code AND}, with an
 * optional {@code ORDER BY key ASC|DESC}. Keywords ignore case; values may be quoted with {@code "} or {@code '}.
 * Anything else is refused with a message naming what the fake does not understand, as Jira refuses JQL it cannot
 * parse. A query of only {@code ORDER BY} has no clauses: it is unbounded.
 */
record JqlQuery(List<Clause> clauses, boolean descending) {

    /** At most this many ids in one issuesWithRemoteLinksByGlobalId call. */
    static final int MAX_GLOBAL_IDS = 100;

    private static final String UNDERSTOOD = "The fake Jira understands only: key in (...), issue in"
            + " issuesWithRemoteLinksByGlobalId(...), labels = x, project = KEY, joined by AND, and ORDER BY key.";

    /** One condition. */
    sealed interface Clause permits KeyIn, RemoteLinkIn, LabelIs, ProjectIs {}

    /** Issue keys as written (upper-cased); they may not look like keys at all. */
    record KeyIn(List<String> keys) implements Clause {}

    record RemoteLinkIn(List<String> globalIds) implements Clause {}

    record LabelIs(String label) implements Clause {}

    record ProjectIs(String projectKey) implements Clause {}

    /** The JQL could not be read; the message is Jira-like and says what was wrong. */
    static final class JqlException extends Exception {
        JqlException(String message) {
            super(message);
        }

        /** Never null: every constructor takes the message. */
        @Override
        public String getMessage() {
            return Objects.requireNonNull(super.getMessage());
        }
    }

    JqlQuery {
        clauses = List.copyOf(clauses);
    }

    boolean unbounded() {
        return clauses.isEmpty();
    }

    static JqlQuery parse(String jql) throws JqlException {
        return new Parser(tokens(Objects.requireNonNullElse(jql, ""))).query();
    }

    private static final class Parser {
        private final List<String> tokens;
        private int position;

        Parser(List<String> tokens) {
            this.tokens = tokens;
        }

        JqlQuery query() throws JqlException {
            List<Clause> clauses = new ArrayList<>();
            if (position < tokens.size() && !peekIs("ORDER")) {
                clauses.add(clause());
                while (peekIs("AND")) {
                    position++;
                    clauses.add(clause());
                }
            }
            boolean descending = false;
            if (peekIs("ORDER")) {
                position++;
                expect("BY");
                String field = next();
                if (!field.equalsIgnoreCase("key") && !field.equalsIgnoreCase("issuekey")) {
                    throw new JqlException("The fake Jira orders by key only, not by '" + field + "'.");
                }
                if (peekIs("ASC") || peekIs("DESC")) {
                    descending = next().equalsIgnoreCase("DESC");
                }
            }
            if (position < tokens.size()) {
                throw new JqlException("Error in the JQL Query: '" + value(tokens.get(position))
                        + "' is not expected here. " + UNDERSTOOD);
            }
            return new JqlQuery(clauses, descending);
        }

        private Clause clause() throws JqlException {
            String field = value(next()).toLowerCase(Locale.ROOT);
            String operator = next();
            boolean keyField = field.equals("key") || field.equals("issuekey") || field.equals("issue");
            if (operator.equalsIgnoreCase("in")) {
                if (field.equals("issue") && peekIs("issuesWithRemoteLinksByGlobalId")) {
                    position++;
                    List<String> ids = list();
                    if (ids.size() > MAX_GLOBAL_IDS) {
                        throw new JqlException("Function 'issuesWithRemoteLinksByGlobalId' accepts at most "
                                + MAX_GLOBAL_IDS + " global ids, but " + ids.size() + " were given.");
                    }
                    return new RemoteLinkIn(ids);
                }
                if (keyField) {
                    return new KeyIn(list().stream()
                            .map(key -> key.toUpperCase(Locale.ROOT))
                            .toList());
                }
            } else if (operator.equals("=")) {
                if (keyField) {
                    return new KeyIn(List.of(value(next()).toUpperCase(Locale.ROOT)));
                }
                if (field.equals("labels")) {
                    return new LabelIs(value(next()));
                }
                if (field.equals("project")) {
                    return new ProjectIs(value(next()).toUpperCase(Locale.ROOT));
                }
            }
            throw new JqlException(
                    "The fake Jira does not understand '" + field + " " + value(operator) + "'. " + UNDERSTOOD);
        }

        private List<String> list() throws JqlException {
            expect("(");
            List<String> values = new ArrayList<>();
            values.add(value(next()));
            while (peekIs(",")) {
                position++;
                values.add(value(next()));
            }
            expect(")");
            return values;
        }

        private String next() throws JqlException {
            if (position >= tokens.size()) {
                throw new JqlException("Error in the JQL Query: the query ends too early.");
            }
            return tokens.get(position++);
        }

        private void expect(String token) throws JqlException {
            String found = next();
            if (!found.equalsIgnoreCase(token)) {
                throw new JqlException(
                        "Error in the JQL Query: expecting '" + token + "' but got '" + value(found) + "'.");
            }
        }

        /** Whether the next token is this keyword; a quoted string never is. */
        private boolean peekIs(String token) {
            return position < tokens.size() && tokens.get(position).equalsIgnoreCase(token);
        }
    }

    /** A token's value: quoted strings carry a leading NUL from tokenising, so they never equal a keyword. */
    private static String value(String token) {
        return token.startsWith("\0") ? token.substring(1) : token;
    }

    private static List<String> tokens(String jql) throws JqlException {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < jql.length()) {
            char c = jql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')' || c == ',' || c == '=') {
                tokens.add(String.valueOf(c));
                i++;
            } else if (c == '"' || c == '\'') {
                StringBuilder text = new StringBuilder("\0");
                i++;
                while (i < jql.length() && jql.charAt(i) != c) {
                    if (jql.charAt(i) == '\\' && i + 1 < jql.length()) {
                        i++;
                    }
                    text.append(jql.charAt(i++));
                }
                if (i >= jql.length()) {
                    throw new JqlException("Error in the JQL Query: a quoted string is not closed.");
                }
                i++;
                tokens.add(text.toString());
            } else {
                int start = i;
                while (i < jql.length()
                        && !Character.isWhitespace(jql.charAt(i))
                        && "(),=\"'".indexOf(jql.charAt(i)) < 0) {
                    i++;
                }
                tokens.add(jql.substring(start, i));
            }
        }
        return tokens;
    }
}
