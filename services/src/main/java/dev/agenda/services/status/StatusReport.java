package dev.agenda.services.status;

import dev.agenda.core.tracker.Issue;
import dev.agenda.services.jira.JiraSite;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the page script needs to show live statuses, computed on the server: per issue key its status or its own
 * problem in words, and per action the issue that tracks it and where the page's tick and Jira disagree. Immutable.
 *
 * @param authorise where the viewer can authorise Confluence in Jira, if a look needed their consent
 */
public record StatusReport(
        JiraSite site, Instant checkedAt, List<IssueLine> issues, List<ActionLine> actions, Optional<URI> authorise) {

    public StatusReport {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(checkedAt, "checkedAt");
        issues = List.copyOf(issues);
        actions = List.copyOf(actions);
        Objects.requireNonNull(authorise, "authorise");
    }

    /** What kind of answer a key got, for the page script's styling. */
    public enum Kind {
        CURRENT,
        LAST_KNOWN,
        NOT_FOUND,
        PROJECT_NOT_FOUND,
        AUTHORISE,
        FORBIDDEN,
        UNREACHABLE,
        NOT_ASKED
    }

    /**
     * One issue key: the issue (current, or last known with {@code problem} saying since when), or only the problem.
     *
     * @param url where the issue opens in Jira, when known
     */
    public record IssueLine(
            String key,
            Kind kind,
            Optional<Issue> issue,
            Optional<String> problem,
            Optional<String> url,
            Optional<Instant> seenAt,
            boolean stale) {
        public IssueLine {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(issue, "issue");
            Objects.requireNonNull(problem, "problem");
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(seenAt, "seenAt");
        }
    }

    /** One action: its tracking issue, whether its task is ticked, and the tick-versus-Jira note if they disagree. */
    public record ActionLine(
            String actionId, Optional<String> issueKey, boolean tickedOnPage, Optional<String> thenAndNow) {
        public ActionLine {
            Objects.requireNonNull(actionId, "actionId");
            Objects.requireNonNull(issueKey, "issueKey");
            Objects.requireNonNull(thenAndNow, "thenAndNow");
        }
    }
}
