package dev.agenda.jira.fake;

import dev.agenda.core.tracker.IssueStatus;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fake Jira's issue page, {@code /browse/KEY}, as a person opening an issue key from a meeting page reads it:
 * summary, status as a lozenge, assignee, due date, labels, the links back to the pages the issue came from, and the
 * history of its transitions (from, to, when, by whom). Also the page for a key the fake has no issue for.
 *
 * <p>Every value is HTML-escaped, whatever Jira's users or the meeting pages put in it; a link's address is a link
 * only when it is http or https, else it is shown as text. The page has no script, so it runs under the same content
 * security policy as the preview host's pages ({@link #SECURITY_HEADERS}). Times are shown in the zone given.
 * Stateless and thread-safe.
 */
final class IssuePage {

    /**
     * The preview host's security headers (its {@code SecurityHeaders}, which this module cannot see; a preview test
     * holds the two alike): scripts only from the server itself (this page has none), no framing, no type guessing, no
     * referrer to other sites, no caching.
     */
    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy",
            "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self' 'unsafe-inline'; "
                    + "img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
            "X-Frame-Options",
            "DENY",
            "X-Content-Type-Options",
            "nosniff",
            "Referrer-Policy",
            "same-origin",
            "Cache-Control",
            "no-store");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm", Locale.ENGLISH);

    private static final String STYLE = "body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#172b4d}"
            + "header{background:#0747a6;color:#fff;padding:.5em 1em}main{max-width:56em;padding:1em}"
            + "h1{font-size:1.5em;margin:.2em 0 .6em}.key{color:#5e6c84;font-size:.9em}"
            + "dl{display:grid;grid-template-columns:max-content 1fr;gap:.3em 1.5em}dt{color:#5e6c84}dd{margin:0}"
            + ".lozenge{display:inline-block;border-radius:3px;padding:0 .4em;font-size:.8em;font-weight:700;"
            + "text-transform:uppercase}.lozenge-new{background:#dfe1e6;color:#42526e}"
            + ".lozenge-indeterminate{background:#deebff;color:#0747a6}"
            + ".lozenge-done{background:#e3fcef;color:#006644}.labels{list-style:none;padding:0;margin:0}"
            + ".labels li{display:inline-block;background:#f4f5f7;border-radius:3px;padding:0 .4em;margin:0 .3em 0 0}"
            + "h2{font-size:1.1em;margin-top:1.5em}";

    private final ZoneId zone;

    /** @param zone the zone every time on the page is shown in (the fake's clock's) */
    IssuePage(ZoneId zone) {
        this.zone = zone;
    }

    /** The issue's page, under the server's title (escaped like everything else). */
    String issue(FakeIssueState issue, String serverTitle) {
        StringBuilder html = start(issue.key() + ": " + issue.summary() + " · " + serverTitle, serverTitle);
        html.append("<p class=\"key\">")
                .append(text(issue.projectKey() + " · " + issue.issueType()))
                .append("</p><h1><span class=\"key\" id=\"issue-key\">")
                .append(text(issue.key()))
                .append("</span> <span id=\"summary\">")
                .append(text(issue.summary()))
                .append("</span></h1><dl>");
        field(html, "Status", lozenge(issue.status()));
        field(
                html,
                "Assignee",
                issue.assignee().map(user -> text(user.displayName())).orElse("Unassigned"));
        field(html, "Due", issue.dueDate().map(IssuePage::day).orElse("None"));
        field(html, "Labels", issue.labels().isEmpty() ? "None" : labels(issue.labels()));
        field(html, "Reporter", text(issue.reporter().displayName()));
        field(html, "Created", moment(issue.created()));
        field(html, "Updated", moment(issue.updated()));
        html.append("</dl><h2>Links</h2>");
        if (issue.remoteLinks().isEmpty()) {
            html.append("<p id=\"links\">No links to pages outside Jira.</p>");
        } else {
            html.append("<ul id=\"links\">");
            issue.remoteLinks()
                    .forEach(stored -> html.append("<li>")
                            .append(link(stored.link().url(), stored.link().title()))
                            .append(
                                    stored.link().applicationName().isEmpty()
                                            ? ""
                                            : " <span class=\"key\">("
                                                    + text(stored.link().applicationName()) + ")</span>")
                            .append("</li>"));
            html.append("</ul>");
        }
        html.append("<h2>History</h2>");
        if (issue.history().isEmpty()) {
            html.append("<p id=\"history\">Created ")
                    .append(moment(issue.created()))
                    .append(" in ")
                    .append(text(issue.status().name()))
                    .append("; its status has not changed since.</p>");
        } else {
            html.append("<ol id=\"history\"><li>Created ")
                    .append(moment(issue.created()))
                    .append(" by ")
                    .append(text(issue.reporter().displayName()))
                    .append("</li>");
            for (FakeIssueState.StatusChange change : issue.history()) {
                html.append("<li class=\"transition\">")
                        .append(text(change.from().name()))
                        .append(" → ")
                        .append(text(change.to().name()))
                        .append(", ")
                        .append(moment(change.at()))
                        .append(change.by()
                                .map(user -> ", by " + text(user.displayName()))
                                .orElse(", in Jira"))
                        .append("</li>");
            }
            html.append("</ol>");
        }
        return end(html);
    }

    /** The page for a key the fake has no issue for, saying so in words. */
    String notFound(String key, String serverTitle) {
        StringBuilder html = start("No issue " + key + " · " + serverTitle, serverTitle);
        html.append("<h1>No issue ")
                .append(text(key))
                .append("</h1><p id=\"not-found\">")
                .append(text(serverTitle))
                .append(" has no issue with the key ")
                .append(text(key))
                .append(". It may never have been created: this demo Jira keeps its issues in memory, so they are"
                        + " gone once the preview host that started it stops. Sync the meeting page again to create"
                        + " its issues.</p>");
        return end(html);
    }

    /** A page saying, in words, why a request for an issue page was refused. */
    String refusal(String heading, String sentence, String serverTitle) {
        StringBuilder html = start(heading + " · " + serverTitle, serverTitle);
        html.append("<h1>")
                .append(text(heading))
                .append("</h1><p>")
                .append(text(sentence))
                .append("</p>");
        return end(html);
    }

    private static StringBuilder start(String title, String serverTitle) {
        return new StringBuilder(4096)
                .append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .append(text(title))
                .append("</title><style>")
                .append(STYLE)
                .append("</style></head><body><header>")
                .append(text(serverTitle))
                .append(" — the demo Jira started by agenda, not a real Jira</header><main>");
    }

    private static String end(StringBuilder html) {
        return html.append("</main></body></html>").toString();
    }

    private static void field(StringBuilder html, String name, String valueHtml) {
        html.append("<dt>")
                .append(name)
                .append("</dt><dd id=\"")
                .append(name.toLowerCase(Locale.ROOT))
                .append("\">")
                .append(valueHtml)
                .append("</dd>");
    }

    /** Coloured by status category, as Jira's lozenges are: grey to do, blue in progress, green done. */
    private static String lozenge(IssueStatus status) {
        return "<span class=\"lozenge lozenge-" + status.category().key() + "\">" + text(status.name()) + "</span>";
    }

    private static String labels(List<String> labels) {
        StringBuilder html = new StringBuilder("<ul class=\"labels\">");
        labels.forEach(label -> html.append("<li>").append(text(label)).append("</li>"));
        return html.append("</ul>").toString();
    }

    private static String day(LocalDate date) {
        return "<time datetime=\"" + date + "\">" + DAY.format(date) + "</time>";
    }

    private String moment(Instant instant) {
        String zoneName =
                zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : zone.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        return "<time datetime=\"" + instant + "\">" + text(MOMENT.format(instant.atZone(zone)) + " " + zoneName)
                + "</time>";
    }

    /** A link when the address is http(s), else the title and the address as text. */
    private static String link(String url, String title) {
        String words = title.isBlank() ? url : title;
        if (!isWebAddress(url)) {
            return text(words) + " <span class=\"key\">(" + text(url) + ")</span>";
        }
        return "<a href=\"" + text(url) + "\">" + text(words) + "</a>";
    }

    private static boolean isWebAddress(String url) {
        try {
            String scheme = new URI(url).getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Escapes text for an element's content or a double-quoted attribute value. */
    static String text(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
