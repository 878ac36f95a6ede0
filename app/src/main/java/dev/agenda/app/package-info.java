/**
 * The {@code agenda} command line ({@code bin/agenda}), the runnable that wires every module together outside
 * Confluence: {@link AgendaCli} is the picocli entry point with the commands {@code render}, {@code actions},
 * {@code sync}, {@code jira-check} and {@code serve} (the preview host). Commands read pages and user directories from
 * files (or the bundled reference page), state from H2 or PostgreSQL, and Jira credentials from the environment only,
 * never from arguments. Every failure a user can fix is one line on stderr and exit 2 ({@link UsageException}); the
 * clock, zone and environment are injected so the command line runs in-process in tests.
 *
 * <p>The composition root: it may depend on any module; nothing depends on it.
 *
 * <p>Nullness: every type here is non-null unless marked {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.agenda.app;

import org.jspecify.annotations.NullMarked;
