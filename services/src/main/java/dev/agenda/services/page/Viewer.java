package dev.agenda.services.page;

import java.util.Objects;

/**
 * The person a request or a piece of work is for, in the host's terms: {@code key} is stable for as long as the
 * person exists (Confluence's user key), {@code name} is what they sign in with, {@code displayName} what pages show.
 */
public record Viewer(String key, String name, String displayName) {

    public Viewer {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(displayName, "displayName");
    }
}
