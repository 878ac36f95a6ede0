package dev.agenda.sync;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * A per-action request sent after the issue became the action's own — the link back to the page, a watcher — that
 * failed, kept so that the run can send it once more after its main pass.
 *
 * @param again sends the request again; answers why it failed again, in words for the report, or empty if it worked
 */
record FollowUp(Supplier<Optional<String>> again) {

    /** Sends it again: why it still fails, or empty. */
    Optional<String> retry() {
        return again.get();
    }
}
