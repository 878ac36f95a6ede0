/**
 * Confluence tasks read as action items. {@link ActionExtractor} finds every {@code ac:task} of a page or macro body,
 * in document order, and reads each into an {@link ActionItem}: a stable id ({@code pageId/taskId}, by position with a
 * warning when the page's id is missing or repeated), the assignees the sentence starts with, its words without the
 * lead-in, its due date, status ({@link TaskStatus}), the agenda topic and day it was written under, and the issues it
 * names. Reading never fails: what cannot be read is kept with a warning for the author.
 *
 * <p>Built on core's {@code storage}, {@code text}, {@code users}, {@code issues} and {@code agenda}; knows nothing of
 * Jira's API or of the host.
 *
 * <p>Nullness: every type here is non-null unless marked {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.agenda.core.actions;

import org.jspecify.annotations.NullMarked;
