/**
 * A meeting page as the app understands it. {@link MeetingPageReader} builds a {@link MeetingPage} from a whole page
 * or from one agenda macro's body: the parsed storage format, its agendas and action items in document order, and the
 * Jira projects known on it (configured, named by an agenda, or implied by a {@code jira} macro's key).
 * {@link ReferencedIssues} lists the issues the rendered page shows, so a status request needs no keys from the
 * browser.
 *
 * <p>The entry point the CLI, the macro and the page services share; it composes core's reading packages
 * and has no host or HTTP types.
 *
 * <p>Nullness: every type here is non-null unless marked {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.agenda.core.page;

import org.jspecify.annotations.NullMarked;
