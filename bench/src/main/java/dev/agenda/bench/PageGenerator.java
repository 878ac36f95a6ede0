package dev.agenda.bench;

import java.util.List;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes meeting pages {@code k} times the size of the reference page by repeating its agenda macros: the text before
 * the first agenda macro and after the last stays once, the run of agenda macros (with what lies between them) is
 * written {@code k} times. Copy 1 is the reference text itself, so {@code generate(1)} equals the reference page;
 * copy {@code c > 1} has every task id shifted by {@code (c - 1)} times the reference's largest task id (so action ids
 * stay unique and the reader warns about no duplicate), every agenda title suffixed {@code " (copy c)"}, and every
 * macro id made unique. A page of scale {@code k} therefore has {@code 2k} agendas and {@code 11k} actions.
 *
 * <p>Deterministic: the same scale always gives the same string. Stateless; thread-safe.
 */
public final class PageGenerator {

    /** The scales the benchmarks use; 1000 is 12.1 million characters (12.1 MB), within the parser's 32 Mi limit. */
    public static final List<Integer> SCALES = List.of(1, 10, 100, 1000);

    private static final String AGENDA_START = "<ac:structured-macro ac:name=\"agenda\"";
    private static final String MACRO_OPEN = "<ac:structured-macro";
    private static final String MACRO_CLOSE = "</ac:structured-macro>";
    private static final Pattern TASK_ID = Pattern.compile("<ac:task-id>(\\d+)</ac:task-id>");
    private static final Pattern TITLE = Pattern.compile("(<ac:parameter ac:name=\"title\">)([^<]*)(</ac:parameter>)");
    private static final Pattern MACRO_ID = Pattern.compile("ac:macro-id=\"([0-9a-fA-F-]+)\"");

    private final String prefix;
    private final String agendas;
    private final String suffix;
    private final int largestTaskId;

    /** A generator over the bundled reference page. */
    public PageGenerator() {
        this(Examples.referencePage());
    }

    /** A generator over any page with at least one agenda macro. */
    public PageGenerator(String page) {
        int start = page.indexOf(AGENDA_START);
        if (start < 0) {
            throw new IllegalArgumentException("the page has no agenda macro");
        }
        int end = start;
        for (int next = start; next >= 0; next = page.indexOf(AGENDA_START, end)) {
            end = endOfMacro(page, next);
        }
        this.prefix = page.substring(0, start);
        this.agendas = page.substring(start, end);
        this.suffix = page.substring(end);
        this.largestTaskId = TASK_ID.matcher(agendas)
                .results()
                .mapToInt(m -> Integer.parseInt(m.group(1)))
                .max()
                .orElse(0);
    }

    /** The page at this scale (1 or more). */
    public String generate(int scale) {
        if (scale < 1) {
            throw new IllegalArgumentException("the scale is at least 1: " + scale);
        }
        StringBuilder page = new StringBuilder(prefix.length() + suffix.length() + (agendas.length() + 32) * scale);
        page.append(prefix).append(agendas);
        for (int copy = 2; copy <= scale; copy++) {
            page.append('\n').append(copy(copy));
        }
        return page.append(suffix).toString();
    }

    /** The run of agenda macros that each scale step repeats, as in the source page. */
    String agendaRun() {
        return agendas;
    }

    private String copy(int copy) {
        int shift = (copy - 1) * largestTaskId;
        String text = replace(
                TASK_ID, agendas, m -> "<ac:task-id>" + (Integer.parseInt(m.group(1)) + shift) + "</ac:task-id>");
        text = replace(TITLE, text, m -> m.group(1) + m.group(2) + " (copy " + copy + ")" + m.group(3));
        return replace(MACRO_ID, text, m -> "ac:macro-id=\"" + uniqueMacroId(m.group(1), copy) + "\"");
    }

    /** The id with its last 12 characters made of the copy number (6 hex digits) and its own last 6. */
    private static String uniqueMacroId(String id, int copy) {
        String tail = id.length() >= 6 ? id.substring(id.length() - 6) : id;
        String head = id.length() >= 12 ? id.substring(0, id.length() - 12) : "";
        return head + String.format("%06x", copy) + tail;
    }

    private static String replace(Pattern pattern, String text, Function<MatchResult, String> with) {
        return pattern.matcher(text).replaceAll(m -> Matcher.quoteReplacement(with.apply(m)));
    }

    /** The index just after the {@code </ac:structured-macro>} that closes the macro opening at {@code start}. */
    private static int endOfMacro(String page, int start) {
        int depth = 0;
        int at = start;
        while (true) {
            int open = page.indexOf(MACRO_OPEN, at);
            int close = page.indexOf(MACRO_CLOSE, at);
            if (close < 0) {
                throw new IllegalArgumentException("an agenda macro is not closed");
            }
            if (open >= 0 && open < close) {
                depth++;
                at = open + MACRO_OPEN.length();
            } else {
                depth--;
                at = close + MACRO_CLOSE.length();
                if (depth == 0) {
                    return at;
                }
            }
        }
    }
}
