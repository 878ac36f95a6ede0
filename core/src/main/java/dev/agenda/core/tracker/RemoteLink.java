package dev.agenda.core.tracker;

import java.util.Objects;
import java.util.Optional;

/**
 * A link from an issue to something outside the tracker — here, the meeting page an action was written on. Jira keeps
 * one link per {@code globalId} on an issue: posting the same globalId again updates that link.
 */
public record RemoteLink(
        String globalId,
        String url,
        String title,
        Optional<String> summary,
        String applicationType,
        String applicationName,
        String relationship,
        Optional<String> iconUrl) {

    public RemoteLink {
        Objects.requireNonNull(globalId, "globalId");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(applicationType, "applicationType");
        Objects.requireNonNull(applicationName, "applicationName");
        Objects.requireNonNull(relationship, "relationship");
        Objects.requireNonNull(iconUrl, "iconUrl");
    }
}
