/**
 * Time as a port, so nothing in the app waits for real where a test could not control it. {@link Pause} is the one
 * wait before a retry: the Jira client waits on a scheduler, tests advance a manual clock instead. Clocks themselves
 * are {@link java.time.Clock}s, injected; this package depends on the JDK alone, so that neither the test clock nor
 * its users need the Jira client.
 *
 * <p>Nullness: every type here is non-null unless marked {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.agenda.core.time;

import org.jspecify.annotations.NullMarked;
