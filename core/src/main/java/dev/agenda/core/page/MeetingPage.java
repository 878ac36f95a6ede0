package dev.agenda.core.page;

import dev.agenda.core.actions.ActionItem;
import dev.agenda.core.agenda.Agenda;
import dev.agenda.core.issues.JiraProjects;
import dev.agenda.core.storage.StorageElement;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A meeting page (or one agenda macro's body) as the app understands it: the parsed storage format, its
 * agendas in document order, its action items in document order, and the Jira projects known on it.
 * Immutable once built.
 */
public final class MeetingPage {

    private final String pageId;
    private final StorageElement root;
    private final List<Agenda> agendas;
    private final IdentityHashMap<StorageElement, Agenda> agendasByMacro;
    private final List<ActionItem> actions;
    private final IdentityHashMap<StorageElement, ActionItem> actionsByTask;
    private final IdentityHashMap<Agenda, List<ActionItem>> actionsByAgenda = new IdentityHashMap<>();
    private final JiraProjects projects;

    MeetingPage(
            String pageId,
            StorageElement root,
            Map<StorageElement, Agenda> agendasByMacro,
            List<Agenda> agendas,
            List<ActionItem> actions,
            JiraProjects projects) {
        this.pageId = Objects.requireNonNull(pageId, "pageId");
        this.root = Objects.requireNonNull(root, "root");
        this.agendas = List.copyOf(agendas);
        this.agendasByMacro = new IdentityHashMap<>(agendasByMacro.size());
        agendasByMacro.forEach(this.agendasByMacro::put);
        this.actions = List.copyOf(actions);
        this.actionsByTask = new IdentityHashMap<>();
        for (ActionItem action : actions) {
            actionsByTask.put(action.task(), action);
        }
        for (Agenda agenda : this.agendas) {
            List<ActionItem> inside = new ArrayList<>();
            agenda.body().visitDescendants(element -> {
                ActionItem action = actionsByTask.get(element);
                if (action != null) {
                    inside.add(action);
                }
            });
            actionsByAgenda.put(agenda, List.copyOf(inside));
        }
        this.projects = Objects.requireNonNull(projects, "projects");
    }

    public String pageId() {
        return pageId;
    }

    /** The parsed page: a synthetic root whose children are the page's top-level nodes. */
    public StorageElement root() {
        return root;
    }

    public List<Agenda> agendas() {
        return agendas;
    }

    /** The agenda an {@code agenda} macro element stands for. */
    public Optional<Agenda> agendaOf(StorageElement macro) {
        return Optional.ofNullable(agendasByMacro.get(macro));
    }

    public List<ActionItem> actions() {
        return actions;
    }

    /** The action an {@code ac:task} element stands for. */
    public Optional<ActionItem> actionOf(StorageElement task) {
        return Optional.ofNullable(actionsByTask.get(task));
    }

    /** The actions written inside the given agenda, in order. */
    public List<ActionItem> actionsIn(Agenda agenda) {
        return actionsByAgenda.getOrDefault(agenda, List.of());
    }

    public JiraProjects projects() {
        return projects;
    }
}
