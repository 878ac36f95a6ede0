/**
 * The realism harness: tests only, run by failsafe on the built plugin jar, holding it to what Confluence 10.2 gives
 * it. {@link ApiManifestIT} checks every Atlassian type and member the jar (and the preview's) uses against the
 * documented manifest {@code docs/ATLASSIAN-API.md} ({@link ApiManifest}, read with ASM through
 * {@link AtlassianReferences}); {@link StandInsIT} holds the host-api stand-ins to the same manifest, both ways; and
 * {@link PluginInOsgiIT} installs the jar in Apache Felix against the host's exports ({@link PluginInFelix},
 * {@link HostExports}), wires its Spring context with Gemini Blueprint, and calls the macro and the REST resources.
 *
 * <p>May depend on anything, the plugin's internals and test libraries included; nothing depends on it.
 *
 * <p>Nullness: every type here is non-null unless marked {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.agenda.realism;

import org.jspecify.annotations.NullMarked;
