package dev.agenda.core.storage;

import java.util.Objects;

/** A run of character data, with entities already replaced by the characters they stand for. */
public record StorageText(String text) implements StorageNode {

    public StorageText {
        Objects.requireNonNull(text, "text");
    }

    @Override
    public String textContent() {
        return text;
    }
}
