/**
 * Ticks inside Confluence: {@link ConfluenceTaskTicks} implements the services'
 * {@link dev.agenda.services.tick.TaskTicks} port. The page script records the tick with Confluence's own inline-task
 * resource, as the viewer, so the task's status stays Confluence's to keep; this adapter only checks that the page now
 * says what was ticked, so Jira is never moved for a tick Confluence did not record.
 *
 * <p>Nullness: every type here is non-null unless marked {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.agenda.confluence.tick;

import org.jspecify.annotations.NullMarked;
