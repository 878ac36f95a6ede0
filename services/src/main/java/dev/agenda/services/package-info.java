/**
 * The page services: what the app does with a meeting page for the person viewing it (open it, show its live
 * statuses, sync it, tick its tasks), written once in the app's own words so that the Confluence plugin and the
 * preview host are only its adapters. This package holds what every service shares: {@link PageAnswer}, the one
 * answer type (done with a value, or refused), {@link Refusal}, why work was refused, in a {@link Refusal.Reason} a
 * host maps to its own terms (an HTTP status) in one place, and {@link Texts}, the user-facing sentences from one
 * translatable file.
 *
 * <p>No host types anywhere in the services: they reach the host only through the ports in the
 * {@code page}, {@code jira}, {@code sync} and {@code tick} subpackages and core's sync ports, and Jira only through
 * core's tracker port.
 *
 * <p>Nullness: every type here is non-null unless marked {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.agenda.services;

import org.jspecify.annotations.NullMarked;
