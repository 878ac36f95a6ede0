package dev.agenda.core.render;

import dev.agenda.core.users.UserDirectory;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What rendering needs besides the page: who people are, where issues live, the host's own renderer, and the
 * moment to render for (which item runs now, which dates are overdue).
 *
 * @param serverZone the zone for dates outside any agenda
 * @param live       what the host says about live Jira statuses ({@link LiveStatus#off()} for a static page)
 */
public record RenderContext(
        UserDirectory users,
        IssueLinks issueLinks,
        HostContentRenderer host,
        Instant now,
        ZoneId serverZone,
        LiveStatus live) {

    /** A context for a static render, without live statuses. */
    public RenderContext(
            UserDirectory users, IssueLinks issueLinks, HostContentRenderer host, Instant now, ZoneId serverZone) {
        this(users, issueLinks, host, now, serverZone, LiveStatus.off());
    }

    public RenderContext {
        Objects.requireNonNull(users, "users");
        Objects.requireNonNull(issueLinks, "issueLinks");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(serverZone, "serverZone");
        Objects.requireNonNull(live, "live");
    }
}
