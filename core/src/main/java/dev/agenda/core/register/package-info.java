/**
 * The action register: the actions of many meeting pages in one list. {@link ActionRegister} turns
 * {@link RegisterPage}s (a page's id, title and address, its {@link dev.agenda.core.page.MeetingPage} and its sync
 * records) and the live Jira statuses known so far into {@link RegisterEntry}s, and selects those a
 * {@link RegisterFilter} accepts, sorted by due date. "Done" is Jira's word where the action has an issue, else the
 * page's tick.
 *
 * <p>Pure: no clock of its own (the caller gives "today"), no host, no HTTP; built on core's page, actions, sync
 * records and tracker types.
 *
 * <p>Nullness: every type here is non-null unless marked {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.agenda.core.register;

import org.jspecify.annotations.NullMarked;
