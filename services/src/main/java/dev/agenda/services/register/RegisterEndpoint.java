package dev.agenda.services.register;

import java.util.Objects;

/**
 * Where the page script of the {@code agenda-actions} macro finds the register's REST resource: {@code restBase} is
 * such as {@code /rest/agenda/1.0} in the preview host, and empty inside Confluence, where the script finds it under
 * the context path itself.
 */
public record RegisterEndpoint(String restBase) {

    public RegisterEndpoint {
        Objects.requireNonNull(restBase, "restBase");
    }
}
