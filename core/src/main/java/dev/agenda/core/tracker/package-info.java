/**
 * The issue tracker (Jira) as a port: {@link IssueTracker}, implemented by the Jira REST client and the fake Jira,
 * and the values it speaks in ({@link Issue}, {@link NewIssue}, {@link IssueChanges}, {@link Transition},
 * {@link TrackerUser}, {@link Description} and the rest). Every operation answers a {@link Result}, a value or a
 * classified {@link TrackerError} worded for a user, and never throws for what the tracker does; one bad key or
 * item never fails its neighbours. "Done" is decided by {@link StatusCategory}, never by a status's name.
 *
 * <p>Neutral between Jira Data Center and Cloud, and free of HTTP and JSON: dialects are the client's concern.
 *
 * <p>Nullness: every type here is non-null unless marked {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.agenda.core.tracker;

import org.jspecify.annotations.NullMarked;
