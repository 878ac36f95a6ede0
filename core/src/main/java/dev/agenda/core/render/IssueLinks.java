package dev.agenda.core.render;

import dev.agenda.core.issues.IssueKey;
import java.util.Optional;

/**
 * Port: where an issue can be opened in Jira. Empty when no Jira is configured, in which case keys are shown
 * without links.
 */
public interface IssueLinks {

    Optional<String> browseUrl(IssueKey key);

    static IssueLinks none() {
        return key -> Optional.empty();
    }

    /** Links to {@code <baseUrl>/browse/<KEY>}, as Jira Data Center and Cloud both serve. */
    static IssueLinks jiraAt(String baseUrl) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return key -> Optional.of(base + "/browse/" + key);
    }
}
