/**
 * The Jira REST client: the core {@link dev.agenda.core.tracker.IssueTracker} port over Jira Data Center's REST v2 and
 * Jira Cloud's REST v3. {@link JiraConnector} asks {@code serverInfo} which Jira it is and answers a
 * {@link JiraRestIssueTracker} in the matching dialect; the client composes the layers below it (transport, retrying
 * exchange, wire dialect), batches searches and bulk creates, and makes one bad key or item fail alone. A client's
 * requests each have a short patience; {@link JiraRestIssueTracker#forRun()} (or {@link JiraConnector#startRun}) gives
 * a run one longer patience shared by all its requests. Everything
 * Jira does becomes a {@code Result}, never an exception. {@link JiraClientSettings} and
 * {@link dev.agenda.jira.http.RetryPolicy} inject the retry policy, clock, pause and randomness, so retries run at full
 * speed in tests.
 *
 * <p>Depends on core's {@code tracker} and {@code time} ports and on Jackson; no Atlassian types (the application-link
 * transport is the plugin's).
 *
 * <p>Nullness: every type here is non-null unless marked {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.agenda.jira;

import org.jspecify.annotations.NullMarked;
