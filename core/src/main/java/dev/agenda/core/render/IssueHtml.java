package dev.agenda.core.render;

import dev.agenda.core.issues.IssueKey;

/**
 * Writes a reference to a Jira issue: its key, linked when Jira is known, marked with {@code data-issue-key} so
 * the page script can add the issue's live status beside it.
 */
final class IssueHtml {

    private IssueHtml() {
    }

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
}
