package dev.agenda.sync;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How a page is synced: the project for actions whose agenda names none, where the page lives (for the link back from
 * each issue), and the handles written into every issue so it can be found again.
 *
 * @param defaultProject the project for actions outside an agenda or in an agenda without a {@code project}
 * @param pageTitle      the page's title, for descriptions and remote links
 * @param pageUrl        the page's address, linked from each issue
 * @param lockWait       how long to wait for another sync of the same page to finish
 * @param parallelism    the most follow-up requests (remote links, watchers, edits, transitions) in flight at once;
 *                       state saves still happen one at a time, and after a 429 every request waits out Retry-After
 */
public record SyncSettings(
        Optional<String> defaultProject, String pageTitle, String pageUrl, Duration lockWait, int parallelism) {

    /** Follow-up requests in flight at once unless a host says otherwise: see docs/PERFORMANCE.md for the measure. */
    public static final int DEFAULT_PARALLELISM = 8;

    /** The label every action's issue carries, as the product promises. */
    public static final String ACTION_LABEL = "meeting-action";
    /** The entity property that says which action an issue tracks. */
    public static final String ACTION_PROPERTY = "agenda.action";
    /** The remote-link application type, so Jira groups the links. */
    public static final String APPLICATION_TYPE = "dev.agenda";

    public static final String APPLICATION_NAME = "Meeting agenda";

    public SyncSettings {
        Objects.requireNonNull(defaultProject, "defaultProject");
        Objects.requireNonNull(pageTitle, "pageTitle");
        Objects.requireNonNull(pageUrl, "pageUrl");
        Objects.requireNonNull(lockWait, "lockWait");
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1");
        }
    }

    /**
     * The label only this page's action issues carry — the searchable handle (entity properties are not searchable by
     * JQL without a Jira app) that the create request itself writes.
     */
    public static String pageLabel(String pageId) {
        return "agenda-page-" + pageId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-");
    }

    /** The remote link's globalId for an action: stable, unique per action, and what Jira dedupes links by. */
    public static String globalId(String actionId) {
        return "agenda:action=" + actionId;
    }
}
