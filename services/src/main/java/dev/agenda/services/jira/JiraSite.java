package dev.agenda.services.jira;

import java.util.Objects;
import java.util.Optional;

/**
 * What the page says about the Jira it shows statuses from, known without asking Jira: whether one is configured at
 * all, a label to show beside every status (such as "demo Jira"; empty for a real one), and where people open its
 * issues.
 */
public record JiraSite(boolean configured, String label, Optional<String> browseBase) {

    public JiraSite {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(browseBase, "browseBase");
    }

    public static JiraSite none() {
        return new JiraSite(false, "", Optional.empty());
    }
}
