package dev.agenda.jira.http;

import dev.agenda.core.tracker.Result;

/**
 * Asks Jira whether a write that must not run twice (a transition) took effect, after it failed in a way that may
 * have applied it (a 5xx, a timeout): true when Jira already shows its effect, false when it does not, and a failure
 * when Jira could not be asked — then the write is not repeated.
 */
@FunctionalInterface
public interface AppliedCheck {

    Result<Boolean> applied();
}
