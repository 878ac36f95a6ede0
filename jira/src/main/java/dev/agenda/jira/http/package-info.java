/**
 * One logical request to Jira, made reliable and turned into a {@code Result}. {@link JiraExchange} sends through a
 * transport, retries reads after failures and 5xx with backoff and jitter, honours {@code Retry-After} for every
 * request of the client after a 429, never repeats a write that may have run, and logs failures without queries or
 * credentials. {@link ErrorMapper} is the one place Jira's statuses and error bodies become
 * {@link dev.agenda.core.tracker.TrackerError}s, a 404 worded for its {@link Subject}; {@link RateLimitWait} reads how
 * long Jira asked us to wait; {@link RetryPolicy} says how often and how long to retry.
 *
 * <p>Knows HTTP statuses and headers but not Jira's resources or dialects; depends on the {@code transport} layer,
 * core's ports, Jackson and slf4j — never on the client package above it.
 *
 * <p>Nullness: every type here is non-null unless marked {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.agenda.jira.http;

import org.jspecify.annotations.NullMarked;
