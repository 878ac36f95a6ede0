/**
 * The Confluence plugin: the host adapter that puts the app inside Confluence Data Center. Its subpackages are the
 * macro, the REST resources (REST v2, {@code jakarta.ws.rs}) and the adapters of core's and the services' ports onto
 * Confluence, SAL, application links, beehive and the scheduler; all the app's behaviour stays in core, sync and
 * services. This package holds only {@link PluginKeys}, the plugin and module keys {@code atlassian-plugin.xml}
 * declares.
 *
 * <p>Atlassian types are used only as documented in {@code docs/ATLASSIAN-API.md} (the realism module holds the jar to
 * it); wiring is {@code META-INF/spring/agenda-context.xml} by constructor autowiring, with no Spring Scanner.
 *
 * <p>Nullness: every type here is non-null unless marked {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.agenda.confluence;

import org.jspecify.annotations.NullMarked;
