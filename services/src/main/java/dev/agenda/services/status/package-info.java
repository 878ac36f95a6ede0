/**
 * Live Jira statuses of a page, for the current viewer. {@link PageStatusService} is what the status REST resource
 * answers: a {@link StatusReport} for the issues tracking the page's actions and those its agendas refer to, asking
 * Jira as the viewer only for keys not known yet and refreshing stale ones afterwards through
 * {@link BackgroundStatusRefresh} (one thread, a bounded queue). {@link LiveStatusSource} tells the macro's render what
 * the server already knows, never asking Jira, so a page renders at once; {@link RecentSyncs} remembers what the
 * scheduled refresh keeps warm.
 *
 * <p>Built on {@link dev.agenda.sync.status.LiveStatuses} and the services' own ports; no host or HTTP types.
 *
 * <p>Nullness: every type here is non-null unless marked {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.agenda.services.status;

import org.jspecify.annotations.NullMarked;
