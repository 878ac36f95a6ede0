package dev.agenda.core.page;

import dev.agenda.core.actions.ActionExtractor;
import dev.agenda.core.actions.ActionItem;
import dev.agenda.core.agenda.Agenda;
import dev.agenda.core.agenda.AgendaReader;
import dev.agenda.core.issues.IssueKey;
import dev.agenda.core.issues.JiraProjects;
import dev.agenda.core.storage.SourcePosition;
import dev.agenda.core.storage.StorageElement;
import dev.agenda.core.text.InlineTokenizer;
import dev.agenda.core.users.UserDirectory;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link MeetingPage} from parsed storage format: a whole page (the CLI, the REST resource), or the
 * body of one agenda macro as Confluence passes it to the macro.
 *
 * <p>Jira projects are known from configuration, from the agendas' {@code project} parameters, and from the
 * keys of {@code jira} macros in the content: a page that embeds RFC-188 shows that RFC is a Jira project.
 * Thread-safe.
 */
public final class MeetingPageReader {

    /** The name of the agenda macro in storage format and in atlassian-plugin.xml. */
    public static final String AGENDA_MACRO = "agenda";

    private final AgendaReader agendaReader;
    private final ActionExtractor actionExtractor;
    private final JiraProjects configuredProjects;

    public MeetingPageReader(UserDirectory users, JiraProjects configuredProjects, ZoneId serverZone) {
        InlineTokenizer tokenizer = new InlineTokenizer(users);
        this.agendaReader = new AgendaReader(tokenizer, serverZone);
        this.actionExtractor = new ActionExtractor(tokenizer);
        this.configuredProjects = configuredProjects;
    }

    /** Reads a whole page. */
    public MeetingPage readPage(String pageId, StorageElement root) {
        IdentityHashMap<StorageElement, Agenda> agendasByMacro = new IdentityHashMap<>();
        List<Agenda> agendas = new ArrayList<>();
        root.visitDescendants(element -> {
            if (element.isMacro(AGENDA_MACRO)) {
                Agenda agenda = agendaReader.readMacro(element);
                agendasByMacro.put(element, agenda);
                agendas.add(agenda);
            }
        });
        JiraProjects projects = knownProjects(root, agendas);
        List<ActionItem> actions = actionExtractor.extract(root, pageId, agendasByMacro, projects);
        return new MeetingPage(pageId, root, agendasByMacro, agendas, actions, projects);
    }

    /**
     * Reads one agenda macro from its parameters and its storage-format body, as the macro receives them.
     * The result's single agenda is keyed by {@code body}.
     */
    public MeetingPage readAgendaMacro(String pageId, Map<String, String> parameters, StorageElement body) {
        Agenda agenda = agendaReader.read(parameters, body, SourcePosition.UNKNOWN);
        JiraProjects projects = knownProjects(body, List.of(agenda));
        List<ActionItem> actions = actionExtractor.extract(body, pageId, agenda, projects);
        return new MeetingPage(pageId, body, Map.of(body, agenda), List.of(agenda), actions, projects);
    }

    private JiraProjects knownProjects(StorageElement scope, List<Agenda> agendas) {
        List<String> keys = new ArrayList<>();
        for (Agenda agenda : agendas) {
            agenda.parameters().project().ifPresent(keys::add);
        }
        scope.visitDescendants(element -> {
            if (element.isMacro("jira")) {
                element.macroParameter("key").flatMap(IssueKey::parse).ifPresent(key -> keys.add(key.projectKey()));
            }
        });
        return configuredProjects.with(keys);
    }
}
