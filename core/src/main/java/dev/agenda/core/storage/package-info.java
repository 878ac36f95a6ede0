/**
 * Confluence storage format read into an immutable tree, and written back out. {@link StorageFormatParser} reads the
 * XHTML fragment a page or macro body is stored as (undeclared {@code ac:}/{@code ri:} prefixes, HTML named entities)
 * with the JDK's own StAX parser, refusing DTDs and external entities and bounding depth and size, into
 * {@link StorageElement} and {@link StorageText} nodes that carry their {@link SourcePosition} in the author's source;
 * {@link StorageWriter} writes a piece back as storage format for the host to render.
 *
 * <p>The bottom of core: it depends on the JDK alone, and every core package that reads a page reads it through this.
 *
 * <p>Nullness: every type here is non-null unless marked {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.agenda.core.storage;

import org.jspecify.annotations.NullMarked;
