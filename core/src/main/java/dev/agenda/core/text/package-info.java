/**
 * Running text read from storage format as a reader sees it. {@link InlineTokenizer} reduces markup to
 * {@link InlineToken}s (words, people, issues, dates, block breaks), so that sentences such as a task's can be read
 * without caring how they were marked up; {@link PlainText} turns nodes or tokens into readable plain text, and
 * {@link LinkText} gives the text a Confluence link shows.
 *
 * <p>Depends only on core's {@code storage}, {@code users} (people resolved through the
 * {@link dev.agenda.core.users.UserDirectory} port) and {@code issues}; no rendering, no host types.
 *
 * <p>Nullness: every type here is non-null unless marked {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.agenda.core.text;

import org.jspecify.annotations.NullMarked;
