/**
 * The plugin's own user-facing texts: {@link PluginMessages} reads them by key from the {@code i18n/agenda} bundle
 * that {@code atlassian-plugin.xml} declares (so they can be translated, with the macro browser's labels beside them)
 * and formats them. They are read through the bundle's own class loader, never the thread's, which inside OSGi is the
 * host's. The JDK alone; the page services' sentences are {@link dev.agenda.services.Texts}.
 *
 * <p>Nullness: every type here is non-null unless marked {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.agenda.confluence.i18n;

import org.jspecify.annotations.NullMarked;
