package dev.agenda.core.actions;

import dev.agenda.core.agenda.Agenda;
import dev.agenda.core.agenda.AgendaEntry;
import dev.agenda.core.issues.JiraProjects;
import dev.agenda.core.storage.StorageElement;
import dev.agenda.core.text.InlineTokenizer;
import dev.agenda.core.text.PlainText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Finds every Confluence task in a page or fragment, inside an agenda or not, nested or not, in document order,
 * and reads each into an {@link ActionItem} that knows the agenda row it was written under.
 *
 * <p>Ids are {@code pageId/taskId}, stable while other content is edited. A task without an id, or with an id
 * already used on the page (a copy-paste), still gets a unique id — by position — and a warning saying that
 * this id is not stable. Thread-safe.
 */
public final class ActionExtractor {

    private final ActionReader reader;

    public ActionExtractor(InlineTokenizer tokenizer) {
        this.reader = new ActionReader(tokenizer);
    }

    /**
     * Finds the actions (Confluence tasks) in a whole page, each with its id, topic and day.
     *
     * @param page           the page's root element
     * @param pageId         the page's id, the first part of every action id
     * @param agendasByMacro the page's agenda macros, each with its reading, so tasks inside get topic and day
     */
    public List<ActionItem> extract(
            StorageElement page, String pageId, Map<StorageElement, Agenda> agendasByMacro, JiraProjects projects) {
        return extract(page, pageId, agendasByMacro, null, projects);
    }

    /**
     * Finds the actions (Confluence tasks) in the body of one agenda macro, each with its id, topic and day.
     *
     * @param body   the macro's body
     * @param pageId the page's id, the first part of every action id
     * @param agenda the agenda the whole body belongs to, read from the macro
     */
    public List<ActionItem> extract(StorageElement body, String pageId, Agenda agenda, JiraProjects projects) {
        return extract(body, pageId, Map.of(), agenda, projects);
    }

    private List<ActionItem> extract(
            StorageElement scope,
            String pageId,
            Map<StorageElement, Agenda> agendasByMacro,
            @Nullable Agenda enclosingAgenda,
            JiraProjects projects) {
        Walk walk = new Walk(pageId, identityCopy(agendasByMacro), projects);
        walk.visit(scope, enclosingAgenda, null);
        return walk.actions;
    }

    /** Macros are told apart by identity: two macros with the same parameters and body are still two agendas. */
    private static IdentityHashMap<StorageElement, Agenda> identityCopy(Map<StorageElement, Agenda> agendas) {
        IdentityHashMap<StorageElement, Agenda> copy = new IdentityHashMap<>();
        agendas.forEach(copy::put);
        return copy;
    }

    private final class Walk {
        private final String pageId;
        private final IdentityHashMap<StorageElement, Agenda> agendas;
        private final JiraProjects projects;
        private final Map<String, Integer> timesSeen = new HashMap<>();
        private final List<ActionItem> actions = new ArrayList<>();

        Walk(String pageId, IdentityHashMap<StorageElement, Agenda> agendas, JiraProjects projects) {
            this.pageId = pageId;
            this.agendas = agendas;
            this.projects = projects;
        }

        /**
         * @param agenda the agenda the element stands in, or null outside every agenda
         * @param entry  the agenda row the element stands in, or null outside every row
         */
        void visit(StorageElement element, @Nullable Agenda agenda, @Nullable AgendaEntry entry) {
            for (StorageElement child : element.childElements()) {
                Agenda childAgenda = agenda;
                AgendaEntry childEntry = entry;
                Agenda macroAgenda = agendas.get(child);
                if (macroAgenda != null) {
                    childAgenda = macroAgenda;
                    childEntry = null;
                } else if (child.is("tr") && agenda != null) {
                    Optional<AgendaEntry> rowEntry = agenda.entryOf(child);
                    if (rowEntry.isPresent()) {
                        childEntry = rowEntry.get();
                    }
                } else if (child.is("ac:task")) {
                    actions.add(read(child, childAgenda, childEntry));
                }
                visit(child, childAgenda, childEntry);
            }
        }

        private ActionItem read(StorageElement task, @Nullable Agenda agenda, @Nullable AgendaEntry entry) {
            String taskId = task.firstChild("ac:task-id")
                    .map(StorageElement::textContent)
                    .map(PlainText::collapse)
                    .orElse("");
            List<String> idWarnings = new ArrayList<>();
            String id;
            if (taskId.isEmpty()) {
                id = pageId + "/position-" + (actions.size() + 1);
                idWarnings.add("This task has no id (ac:task-id), so its id depends on its position and changes "
                        + "when tasks are added above it. Editing the page in Confluence assigns one.");
            } else {
                int seen = timesSeen.merge(taskId, 1, Integer::sum);
                id = pageId + "/" + taskId + (seen > 1 ? "~" + seen : "");
                if (seen > 1) {
                    idWarnings.add("Another task on this page has the same id (" + taskId + "), so this one is "
                            + "told apart by its position. Editing the page in Confluence renumbers it.");
                }
            }
            return reader.read(task, id, taskId, agenda, entry, projects, idWarnings);
        }
    }
}
