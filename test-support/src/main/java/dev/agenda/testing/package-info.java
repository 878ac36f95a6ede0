/**
 * What the tests of several modules share, in main scope so that one module serves them all instead of test jars:
 * {@link ManualClock}, a clock that moves only when told and a core {@link dev.agenda.core.time.Pause} that moves it
 * instead of waiting; {@link ReferencePage}, the repository's reference meeting page and users read as the app reads
 * them; {@link CapturedLogs}, the {@code java.util.logging} records a test caused, as an administrator reads them;
 * and {@link ListeningSockets}, the TCP sockets the test's process listens on, as Linux's {@code /proc} tells them.
 *
 * <p>Test scope only: no production module may depend on it. Built on core and the JDK alone.
 *
 * <p>Nullness: every type here is non-null unless marked {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.agenda.testing;

import org.jspecify.annotations.NullMarked;
