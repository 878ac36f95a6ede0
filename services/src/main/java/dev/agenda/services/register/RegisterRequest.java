package dev.agenda.services.register;

import java.util.Objects;

/**
 * A register request as written (REST query parameters, macro parameters, a preview form), not yet checked: each
 * value empty when not given. {@code assignee} may be {@code me}, the current viewer.
 */
public record RegisterRequest(
        String scope, String assignee, String state, String overdue, String dueWithin, String project) {

    public RegisterRequest {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(overdue, "overdue");
        Objects.requireNonNull(dueWithin, "dueWithin");
        Objects.requireNonNull(project, "project");
    }

    /** A request with no filter over {@code scope}. */
    public static RegisterRequest of(String scope) {
        return new RegisterRequest(scope, "", "", "", "", "");
    }
}
