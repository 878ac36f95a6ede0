/**
 * The scheduled status refresh inside Confluence. {@link StatusRefreshJob}, a SAL {@code LifecycleAware}, registers
 * one cluster-wide job with Confluence's scheduler when the plugin starts and takes its runner away when it stops;
 * {@link StatusRefreshRunner} refreshes, every 15 minutes, the statuses of recently synced pages into each viewer's
 * {@link dev.agenda.sync.status.LiveStatuses}, acting as that viewer through
 * {@link dev.agenda.confluence.jira.ConfluenceViewerJiraAccess}, the adapter of the services'
 * {@link dev.agenda.services.jira.ViewerJiraAccess} port.
 *
 * <p>The cache it warms is per node; see {@code docs/DESIGN.md}.
 *
 * <p>Nullness: every type here is non-null unless marked {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.agenda.confluence.status;

import org.jspecify.annotations.NullMarked;
