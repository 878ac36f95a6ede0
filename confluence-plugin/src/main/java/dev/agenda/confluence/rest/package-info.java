/**
 * The plugin's REST v2 resources, at {@code /rest/agenda/1.0}: this is the {@code <rest>} module's {@code <package>},
 * so every class here with a JAX-RS {@code @Path} is a resource ({@link ActionsResource}, {@link StatusResource},
 * {@link SyncResource}, {@link TickResource}, {@link RemovedTaskResource}, {@link CalendarResource},
 * {@link RegisterResource}, {@link NextMeetingResource}), built by REST v2 through HK2 from one {@code @Inject}
 * constructor.
 * Resources are thin: access is declared with REST v2's own annotations, state-changing ones also demand
 * {@code X-Atlassian-Token: no-check}, the work is a page service's, and answers are shaped in one place (the
 * package's {@code RestErrors}) and written as JSON ({@link StatusJson}, {@link SyncReportJson},
 * {@link RegisterReportJson}).
 *
 * <p>Any class given a {@code @Path} here becomes a resource, since REST v2 scans the package as it stands.
 *
 * <p>Nullness: every type here is non-null unless marked {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.agenda.confluence.rest;

import org.jspecify.annotations.NullMarked;
