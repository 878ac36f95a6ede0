/**
 * Rendering agendas and meeting pages as safe HTML. {@link AgendaRenderer} (and {@link AgendaMacroView}, what the
 * macro shows) and {@link PageRenderer} (a whole page, for {@code agenda render} and the preview) build view models
 * ({@link AgendaView}) that templates only loop over and print; {@link Templates} runs our own Velocity engine,
 * escaping everything that is not {@link SafeHtml}. All markup is written by {@link HtmlWriter}, and page content
 * reaches the page by two writers, {@link StorageHtmlRenderer} and the host-markup sanitizer, both driven by one
 * allowlist declaration.
 *
 * <p>The host is reached only through the ports here ({@link HostContentRenderer}, {@link IssueLinks},
 * {@link AgendaMacroSlot}) and the values in {@link RenderContext}; no Atlassian or HTTP types, only Velocity and the
 * OWASP sanitizer beside core. Templates, CSS and the page script are this package's resources.
 *
 * <p>Nullness: every type here is non-null unless marked {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.agenda.core.render;

import org.jspecify.annotations.NullMarked;
