/**
 * One logical request to Jira, made reliable and turned into a {@code Result}. {@link JiraExchange} sends through a
 * transport; retries reads and writes safe to repeat after failures and 5xx with backoff and jitter, and a write that
 * must not run twice only after an {@link AppliedCheck} found it not applied; waits out {@code Retry-After} for every
 * request of the client after a 429, without counting it as a failed try; stops when the next wait would go past the
 * request's or the run's patience, saying how long Jira kept failing; and logs failures without queries or
 * credentials. {@link ErrorMapper} is the one place Jira's statuses and error bodies become
 * {@link dev.agenda.core.tracker.TrackerError}s, a 404 worded for its {@link Subject}; {@link RateLimitWait} reads how
 * long Jira asked us to wait; {@link RetryPolicy} says how long to back off and how long a request and a run may keep
 * trying.
 *
 * <p>Knows HTTP statuses and headers but not Jira's resources or dialects; depends on the {@code transport} layer,
 * core's ports, Jackson and slf4j — never on the client package above it.
 *
 * <p>Nullness: every type here is non-null unless marked {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.agenda.jira.http;

import org.jspecify.annotations.NullMarked;
