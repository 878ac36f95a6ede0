package dev.agenda.core.storage;

import java.util.List;
import java.util.Map;

/**
 * Builds storage-format trees in code (a new page made from an old one), for {@link StorageWriter} to write. The
 * elements built have no source position; like parsed ones, they are not changed once built.
 */
public final class StorageBuilder {

    private StorageBuilder() {}

    /** An element with these attributes (in the order given) and children. */
    public static StorageElement element(String name, Map<String, String> attributes, List<StorageNode> children) {
        StorageElement element = new StorageElement(name, attributes, SourcePosition.UNKNOWN);
        children.forEach(element::append);
        return element;
    }

    /** An element without attributes. */
    public static StorageElement element(String name, List<StorageNode> children) {
        return element(name, Map.of(), children);
    }

    /** An element without attributes holding only this text. */
    public static StorageElement element(String name, String text) {
        return element(name, Map.of(), List.of(new StorageText(text)));
    }

    public static StorageText text(String text) {
        return new StorageText(text);
    }
}
