package dev.agenda.core.storage;

/**
 * A node of a parsed Confluence storage-format document: either an element or a run of text.
 * Comments and processing instructions are not kept; they never carry content.
 */
public sealed interface StorageNode permits StorageElement, StorageText {

    /** The text this node shows, with elements flattened and whitespace as written. */
    String textContent();
}
