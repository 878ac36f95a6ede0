/**
 * Making the next meeting's page ({@link NextMeetingService}): the page opened for a viewer who may edit it, what is
 * known of its actions (the sync state's records and, when the viewer's Jira answers, one batched look-up), the new
 * page made by core's {@link dev.agenda.core.series.NextMeeting}, and the page written beside the last through the
 * {@link PageCreation} port — in Confluence a sibling page with the same parent and restrictions, in the preview host
 * a page file — with a link from the last page to the new one. A page already there for the date is answered, never
 * made twice.
 *
 * <p>Knows neither Confluence nor HTTP; built on the services' page access and Jira ports, core and the sync state.
 * <p>Nullness: every type here is non-null unless marked {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.agenda.services.series;

import org.jspecify.annotations.NullMarked;
