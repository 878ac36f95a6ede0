package dev.agenda.services.jira;

import dev.agenda.core.tracker.IssueTracker;
import dev.agenda.core.tracker.Result;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One user's connection to Jira for the length of one piece of work: the tracker (or why there is none), and — asked
 * after the work, because only the work's requests find it out — where the user can authorise Confluence in Jira if
 * the application link needed their consent.
 */
public final class JiraSession {

    private final Result<IssueTracker> tracker;
    private final Supplier<Optional<URI>> authorisation;

    private JiraSession(Result<IssueTracker> tracker, Supplier<Optional<URI>> authorisation) {
        this.tracker = Objects.requireNonNull(tracker, "tracker");
        this.authorisation = Objects.requireNonNull(authorisation, "authorisation");
    }

    /**
     * A session over a tracker (or the reason there is none) and the consent address its requests asked for.
     *
     * @param tracker       the tracker, or the error that kept the session from having one
     * @param authorisation asked after the work: the consent address, if a request needed the user's consent
     */
    public static JiraSession of(Result<IssueTracker> tracker, Supplier<Optional<URI>> authorisation) {
        return new JiraSession(tracker, authorisation);
    }

    /** A session that needs no consent, such as one over a tracker that is not behind an application link. */
    public static JiraSession of(Result<IssueTracker> tracker) {
        return new JiraSession(tracker, Optional::empty);
    }

    public Result<IssueTracker> tracker() {
        return tracker;
    }

    /** Where the user can authorise Confluence in Jira, if any request of this session found that they must. */
    public Optional<URI> authorisationUri() {
        return authorisation.get();
    }
}
