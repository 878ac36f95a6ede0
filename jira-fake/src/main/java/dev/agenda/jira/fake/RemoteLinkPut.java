package dev.agenda.jira.fake;

import java.util.Objects;

/**
 * What putting a remote link on an issue did: the link as stored, with the id Jira gave it, and whether it was created
 * (Jira answers 201) rather than replacing the issue's link with the same globalId (200, the id kept).
 */
record RemoteLinkPut(FakeIssueState.StoredLink stored, boolean created) {

    RemoteLinkPut {
        Objects.requireNonNull(stored, "stored");
    }
}
