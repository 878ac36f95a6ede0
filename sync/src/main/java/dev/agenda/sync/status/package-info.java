/**
 * Live Jira statuses for a page, per viewer. {@link LiveStatuses} answers each issue key from {@link StatusMemory}
 * (bounded, least recently used first, keyed by viewer so one viewer's answer never reaches another) or reads unknown
 * keys from Jira in one batched look-up, reporting stale entries for a background refresh so a page view never waits
 * on one; each key gets its own {@link KeyStatus}, a transient failure keeping the last known issue.
 * {@link PageStatuses} says which issue tracks each action (from the sync records), and {@link StatusWording} puts
 * problems, ages and page/Jira disagreements into words.
 *
 * <p>Like the engine, on core alone: no HTTP, no host types.
 *
 * <p>Nullness: every type here is non-null unless marked {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.agenda.sync.status;

import org.jspecify.annotations.NullMarked;
