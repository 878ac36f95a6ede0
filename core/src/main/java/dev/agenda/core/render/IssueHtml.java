package dev.agenda.core.render;

import dev.agenda.core.issues.IssueKey;

/**
 * Writes a reference to a Jira issue: its key, linked when Jira is known, marked with {@code data-issue-key} so
 * the page script can add the issue's live status beside it.
 */
final class IssueHtml {

    private IssueHtml() {}

    static void write(IssueKey key, IssueLinks links, HtmlWriter html) {
        html.open("span", "class", "agenda-issue", "data-issue-key", key.toString());
        var url = links.browseUrl(key);
        if (url.isPresent()) {
            html.element("a", key.toString(), "class", "agenda-issue-key", "href", url.get());
        } else {
            html.element("span", key.toString(), "class", "agenda-issue-key");
        }
        html.close("span");
    }

    /**
     * Writes the issue that tracks an action, with a place for its live status (filled by the page script) and for
     * the note saying where the page's tick and Jira disagree.
     */
    static void writeTracking(IssueKey key, String actionId, IssueLinks links, HtmlWriter html) {
        html.open(
                "span",
                "class",
                "agenda-issue agenda-issue--tracking",
                "data-issue-key",
                key.toString(),
                "data-tracks-action",
                actionId);
        var url = links.browseUrl(key);
        if (url.isPresent()) {
            html.element("a", key.toString(), "class", "agenda-issue-key", "href", url.get());
        } else {
            html.element("span", key.toString(), "class", "agenda-issue-key");
        }
        html.element(
                "span",
                "Checking Jira…",
                "class",
                "aui-lozenge agenda-status agenda-status--pending",
                "data-status-for",
                key.toString());
        html.close("span");
        html.element("span", "", "class", "agenda-then-now", "data-then-now-for", actionId);
    }
}
