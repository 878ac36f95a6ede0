package dev.agenda.confluence.sync;

import dev.agenda.sync.SyncReport;
import java.net.URI;
import java.util.Objects;

/**
 * What asking to sync a page came to — each case a different answer for the REST resource. Messages are finished
 * sentences a user can act on.
 */
public sealed interface PageSyncOutcome {

    /** The page id is not a number. */
    record BadRequest(String message) implements PageSyncOutcome {
    }

    /** The page does not exist or the user may not view it (the two are not told apart). */
    record NotFound(String message) implements PageSyncOutcome {
    }

    /** The user may view the page but not edit it, and syncing changes what the page's actions are tied to. */
    record Forbidden(String message) implements PageSyncOutcome {
    }

    /** The page's storage format could not be read. */
    record Unreadable(String message) implements PageSyncOutcome {
    }

    /** The page's sync state could not be read or written; nothing about it was changed by this request. */
    record StateUnavailable(String message) implements PageSyncOutcome {
    }

    /** The sync could not start because the user has not authorised Confluence in Jira yet. */
    record NeedsAuthorisation(URI authorise, String message) implements PageSyncOutcome {
        public NeedsAuthorisation {
            Objects.requireNonNull(authorise, "authorise");
        }
    }

    /** The sync ran, or could not start for a reason the report gives ({@link SyncReport#abort()}). */
    record Synced(SyncReport report) implements PageSyncOutcome {
    }
}
