/**
 * The fake Jira, for tests, benchmarks and the app's labelled {@code --demo-jira}: one shared, seeded
 * {@link FakeJiraWorld} (projects DM and RFC, the reference page's users and issues, one {@link Workflow}), reached
 * either in memory through {@link FakeJira}, which implements core's {@link dev.agenda.core.tracker.IssueTracker} port,
 * or over HTTP on loopback through {@link FakeJiraHttpServer}, which speaks Jira's REST v2 (Data Center) or v3 (Cloud)
 * with Jira's statuses, bodies and a subset of JQL. {@link FaultPlan} injects rate limits, server errors and latency,
 * seeded so a run fails the same requests every time; requests and operations are counted for tests.
 *
 * <p>Built on core's tracker and user types, Jackson and the JDK's HTTP server only; it shares no code with the Jira
 * client in {@code dev.agenda.jira}, so the client's tests against it check the client and not itself.
 *
 * <p>Nullness: every type here is non-null unless marked {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.agenda.jira.fake;

import org.jspecify.annotations.NullMarked;
