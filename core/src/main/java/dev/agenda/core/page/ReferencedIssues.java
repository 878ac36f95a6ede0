package dev.agenda.core.page;

import dev.agenda.core.agenda.Agenda;
import dev.agenda.core.issues.IssueKey;
import dev.agenda.core.issues.JiraProjects;
import dev.agenda.core.storage.StorageElement;
import dev.agenda.core.storage.StorageNode;
import dev.agenda.core.storage.StorageText;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The Jira issues a page's agendas refer to, as the rendered page shows them: {@code jira} macros with a key, and
 * plain-text keys of known projects — read from the page itself, so a status call needs no list of keys from the
 * browser (no address grows with the page, and no one can ask about keys the page does not show).
 */
public final class ReferencedIssues {

    /** Elements whose text the page does not show. */
    private static final Set<String> UNSHOWN = Set.of(
            "ac:parameter",
            "ac:task-id",
            "ac:task-uuid",
            "ac:task-status",
            "ac:placeholder",
            "script",
            "style",
            "template",
            "noscript",
            "textarea");

    private ReferencedIssues() {}

    /** The keys, each once, in page order. */
    public static List<String> of(MeetingPage page) {
        Set<String> keys = new LinkedHashSet<>();
        for (Agenda agenda : page.agendas()) {
            collect(agenda.body(), page.projects(), keys);
        }
        return List.copyOf(keys);
    }

    private static void collect(StorageElement element, JiraProjects projects, Set<String> keys) {
        if (UNSHOWN.contains(element.name())) {
            return;
        }
        if (element.isMacro("jira")) {
            element.macroParameter("key")
                    .flatMap(IssueKey::parse)
                    .map(IssueKey::toString)
                    .ifPresent(keys::add);
            return;
        }
        for (StorageNode child : element.children()) {
            if (child instanceof StorageText text) {
                projects.findIn(text.text())
                        .forEach(found -> keys.add(found.key().toString()));
            } else if (child instanceof StorageElement nested) {
                collect(nested, projects, keys);
            }
        }
    }
}
