package dev.agenda.confluence.sync;

import dev.agenda.confluence.page.PageAccess;
import dev.agenda.sync.SyncReport;
import java.net.URI;
import java.util.Objects;

/**
 * What asking to sync a page came to — each case a different answer for the REST resource. Messages are finished
 * sentences a user can act on.
 */
public sealed interface PageSyncOutcome {

    /** The page could not be opened for the sync: a bad id, not found (or not visible), not editable, unreadable. */
    record Refused(PageAccess.Refused refusal) implements PageSyncOutcome {
        public Refused {
            Objects.requireNonNull(refusal, "refusal");
        }
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
