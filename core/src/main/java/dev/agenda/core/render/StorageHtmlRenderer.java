package dev.agenda.core.render;

import dev.agenda.core.actions.ActionItem;
import dev.agenda.core.agenda.Agenda;
import dev.agenda.core.issues.IssueKey;
import dev.agenda.core.issues.JiraProjects;
import dev.agenda.core.page.MeetingPage;
import dev.agenda.core.storage.StorageElement;
import dev.agenda.core.storage.StorageNode;
import dev.agenda.core.storage.StorageText;
import dev.agenda.core.text.LinkText;
import dev.agenda.core.text.PlainText;
import dev.agenda.core.users.UserRef;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Renders storage-format content as safe HTML that keeps the author's formatting.
 *
 * <p>What of the page's own HTML is written is decided by an {@link HtmlAllowlist} ({@link HtmlAllowlist#PAGE_CONTENT},
 * the declaration the host's rendering is sanitized by as well): allowed elements with only their allowed attributes
 * whose values pass their rules (a link only with an address the allowlist's URL schemes allow); elements it drops
 * with their content (scripts, styles, frames, embedded objects, forms) are left out with everything inside them;
 * any other element is reduced to its content. Every text is escaped. Tables, cells, links and dates are written
 * in the app's own way around what the allowlist keeps. Confluence elements become people, issue references, dates,
 * tasks and macros; what the app does not render itself is offered to the host, then rendered natively or as a
 * labelled placeholder. One instance per page render; not thread-safe.
 */
public final class StorageHtmlRenderer {

    /** Links leave the page without telling the target where from, and earn it no ranking. */
    private static final String LINK_RELATIONS = "nofollow noopener noreferrer";

    private static final Set<String> SILENT =
            Set.of("ac:parameter", "ac:task-id", "ac:task-uuid", "ac:task-status", "ac:placeholder");
    private static final Map<String, String> EMOTICONS = Map.ofEntries(
            Map.entry("smile", "🙂"),
            Map.entry("sad", "🙁"),
            Map.entry("cheeky", "😛"),
            Map.entry("laugh", "😀"),
            Map.entry("wink", "😉"),
            Map.entry("thumbs-up", "👍"),
            Map.entry("thumbs-down", "👎"),
            Map.entry("information", "ℹ️"),
            Map.entry("tick", "✅"),
            Map.entry("cross", "❌"),
            Map.entry("warning", "⚠️"),
            Map.entry("plus", "➕"),
            Map.entry("minus", "➖"),
            Map.entry("question", "❓"),
            Map.entry("light-on", "💡"),
            Map.entry("yellow-star", "⭐"),
            Map.entry("heart", "❤️"));

    private final RenderContext context;
    private final MeetingPage page;
    private final AgendaMacroSlot agendaRenderer;
    private final HtmlAllowlist allowlist;

    /**
     * Renders what {@link HtmlAllowlist#PAGE_CONTENT} allows.
     *
     * @param agendaRenderer renders an agenda macro met in the content
     */
    public StorageHtmlRenderer(RenderContext context, MeetingPage page, AgendaMacroSlot agendaRenderer) {
        this(context, page, agendaRenderer, HtmlAllowlist.PAGE_CONTENT);
    }

    /** Renders what the given allowlist allows (tests show the renderer follows whatever it declares). */
    StorageHtmlRenderer(
            RenderContext context, MeetingPage page, AgendaMacroSlot agendaRenderer, HtmlAllowlist allowlist) {
        this.context = context;
        this.page = page;
        this.agendaRenderer = agendaRenderer;
        this.allowlist = allowlist;
    }

    /** Renders an element's content (not the element itself), with dates judged in the given zone. */
    public SafeHtml renderContent(StorageElement element, ZoneId zone) {
        HtmlWriter html = new HtmlWriter();
        children(element, html, new Scope(zone, false));
        return html.toSafeHtml();
    }

    /** Renders a run of nodes, with dates judged in the given zone. */
    public SafeHtml renderNodes(List<StorageNode> nodes, ZoneId zone) {
        HtmlWriter html = new HtmlWriter();
        nodes(nodes, html, new Scope(zone, false));
        return html.toSafeHtml();
    }

    private void children(StorageElement element, HtmlWriter html, Scope scope) {
        nodes(element.children(), html, scope);
    }

    private void nodes(List<StorageNode> nodes, HtmlWriter html, Scope scope) {
        for (StorageNode child : nodes) {
            if (child instanceof StorageText text) {
                text(text.text(), html);
            } else {
                element((StorageElement) child, html, scope);
            }
        }
    }

    private void text(String text, HtmlWriter html) {
        JiraProjects projects = page.projects();
        int written = 0;
        for (JiraProjects.Occurrence key : projects.findIn(text)) {
            html.text(text.substring(written, key.start()));
            IssueHtml.write(key.key(), context.issueLinks(), html);
            written = key.end();
        }
        html.text(text.substring(written));
    }

    private void element(StorageElement element, HtmlWriter html, Scope scope) {
        String name = element.name();
        if (allowlist.dropsWithContent(name) || SILENT.contains(name)) {
            return;
        }
        if (name.startsWith("ac:") || name.startsWith("ri:") || name.startsWith("at:")) {
            confluenceElement(element, html, scope);
            return;
        }
        if (!allowlist.allows(name)) {
            children(element, html, scope);
            return;
        }
        Map<String, String> kept = allowlist.acceptedAttributes(name, element.attributes());
        if (name.equals("time")) {
            // Before the check for its date: a date that cannot be read is shown as a warning, not left out.
            date(element, kept, html, scope);
        } else if (!allowlist.hasRequiredAttribute(name, kept.keySet())) {
            children(element, html, scope);
        } else if (name.equals("table")) {
            html.open("div", "class", "table-wrap").open("table", ownFirst(own("class", "confluenceTable"), kept));
            children(element, html, scope);
            html.close("table").close("div");
        } else if (name.equals("td") || name.equals("th")) {
            html.open(name, ownFirst(own("class", name.equals("th") ? "confluenceTh" : "confluenceTd"), kept));
            children(element, html, scope);
            html.close(name);
        } else if (name.equals("a")) {
            html.open("a", ownLast(kept, own("rel", LINK_RELATIONS)));
            children(element, html, scope);
            html.close("a");
        } else if (HtmlWriter.isVoidElement(name)) {
            html.empty(name, pairs(kept));
            children(element, html, scope); // HTML gives it no content: what a page put inside stays, after it
        } else {
            html.open(name, pairs(kept));
            children(element, html, scope);
            html.close(name);
        }
    }

    private void confluenceElement(StorageElement element, HtmlWriter html, Scope scope) {
        if (element.is("ac:link")) {
            confluenceLink(element, html);
        } else if (element.is("ac:structured-macro") || element.is("ac:macro")) {
            macro(element, html, scope);
        } else if (element.is("ac:task-list")) {
            taskList(element, html, scope);
        } else if (element.is("ac:task")) {
            html.open("ul", "class", "agenda-tasks");
            task(element, html, scope);
            html.close("ul");
        } else if (element.is("ac:emoticon")) {
            String emoji = element.attribute("ac:emoji-fallback")
                    .orElse(EMOTICONS.getOrDefault(element.attribute("ac:name").orElse(""), ""));
            html.text(emoji);
        } else if (element.is("ac:image")) {
            Optional<SafeHtml> hosted = context.host().render(element);
            if (hosted.isPresent()) {
                html.append(hosted.get());
            } else {
                String name = element.firstChild("ri:attachment")
                        .flatMap(a -> a.attribute("ri:filename"))
                        .or(() -> element.firstChild("ri:url").flatMap(u -> u.attribute("ri:value")))
                        .orElse("image");
                html.element("span", "Image: " + name, "class", "agenda-macro-placeholder");
            }
        } else if (element.is("ac:plain-text-body")) {
            html.text(element.textContent());
        } else if (!element.name().startsWith("ri:")) {
            children(element, html, scope);
        }
    }

    private void confluenceLink(StorageElement link, HtmlWriter html) {
        Optional<UserRef> user = link.firstChild("ri:user").flatMap(UserRef::from);
        if (user.isPresent()) {
            PeopleHtml.write(context.users().resolve(user.get()), html);
            return;
        }
        Optional<SafeHtml> hosted = context.host().render(link);
        if (hosted.isPresent()) {
            html.append(hosted.get());
            return;
        }
        html.element("span", LinkText.of(link), "class", "agenda-link");
    }

    private void macro(StorageElement macro, HtmlWriter html, Scope scope) {
        Optional<Agenda> agenda = page.agendaOf(macro);
        if (agenda.isPresent()) {
            html.append(agendaRenderer.render(macro, agenda.get()));
            return;
        }
        if (macro.isMacro("jira")) {
            jira(macro, html);
            return;
        }
        Optional<SafeHtml> hosted = context.host().render(macro);
        if (hosted.isPresent()) {
            html.append(hosted.get());
            return;
        }
        NativeMacros.write(macro, html, (body, out) -> children(body, out, scope));
    }

    private void jira(StorageElement macro, HtmlWriter html) {
        Optional<String> written = macro.macroParameter("key");
        Optional<IssueKey> key = written.flatMap(IssueKey::parse);
        if (key.isPresent()) {
            IssueHtml.write(key.get(), context.issueLinks(), html);
        } else if (written.isPresent()) {
            html.element(
                    "span",
                    "‘" + written.get() + "’ is not a Jira issue key (e.g. DM-123)",
                    "class",
                    "agenda-inline-warning");
        } else {
            String query = macro.macroParameter("jqlQuery").orElse("");
            html.element(
                    "span", query.isEmpty() ? "Jira issues" : "Jira issues: " + query, "class", "agenda-issue-query");
        }
    }

    private void taskList(StorageElement list, HtmlWriter html, Scope scope) {
        html.open("ul", "class", "agenda-tasks");
        for (StorageElement child : list.childElements()) {
            if (child.is("ac:task")) {
                task(child, html, scope);
            } else if (child.is("ac:task-list")) {
                html.open("li", "class", "agenda-task-group");
                taskList(child, html, scope);
                html.close("li");
            }
        }
        html.close("ul");
    }

    private void task(StorageElement task, HtmlWriter html, Scope scope) {
        Optional<ActionItem> action = page.actionOf(task);
        boolean complete = action.map(ActionItem::isComplete).orElse(false);
        String text = action.map(ActionItem::text).orElse("");
        html.open(
                "li",
                "class",
                complete ? "agenda-task agenda-task--complete" : "agenda-task",
                "data-action-id",
                action.map(ActionItem::id).orElse(null));
        boolean tickableBox = context.live().enabled() && context.live().canEdit() && action.isPresent();
        html.empty(
                "input",
                "type",
                "checkbox",
                "class",
                tickableBox ? "agenda-task-box agenda-tick" : "agenda-task-box",
                "disabled",
                tickableBox ? null : "disabled",
                "checked",
                complete ? "checked" : null,
                "data-action-id",
                action.filter(tickable -> tickableBox).map(ActionItem::id).orElse(null),
                "aria-label",
                tickableBox ? "Done: " + text : (complete ? "Done: " : "To do: ") + text);
        html.open("span", "class", "agenda-task-body");
        StorageElement body = task.firstChild("ac:task-body").orElse(task);
        children(body, html, new Scope(scope.zone(), !complete));
        html.close("span");
        for (String warning : action.map(ActionItem::warnings).orElse(List.of())) {
            html.element("span", warning, "class", "agenda-inline-warning");
        }
        html.close("li");
    }

    /**
     * A Confluence date: a {@code time} element only with a date it can read, else the page's text for it as a
     * warning, so a date that cannot be read is shown rather than dropped.
     */
    private void date(StorageElement time, Map<String, String> kept, HtmlWriter html, Scope scope) {
        Optional<LocalDate> date = Optional.ofNullable(kept.get("datetime")).flatMap(StorageHtmlRenderer::isoDate);
        if (date.isEmpty()) {
            String written = time.attribute("datetime").orElse("").strip();
            html.element(
                    "span",
                    written.isEmpty() ? "(no date)" : written,
                    "class",
                    "agenda-inline-warning",
                    "title",
                    "Not a date (YYYY-MM-DD)");
            return;
        }
        LocalDate today = context.now().atZone(scope.zone()).toLocalDate();
        boolean overdue = scope.inOpenTask() && date.get().isBefore(today);
        html.element(
                "time",
                PlainText.date(date.get()),
                ownFirst(
                        own(
                                "datetime",
                                date.get().toString(),
                                "class",
                                overdue ? "agenda-date agenda-date--overdue" : "agenda-date",
                                "title",
                                overdue ? "Overdue" : null),
                        kept));
    }

    private static Optional<LocalDate> isoDate(String written) {
        try {
            return Optional.of(LocalDate.parse(written));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The renderer's own attributes as name/value pairs, those with a {@code null} value left out. */
    /** The renderer's own attributes as name/value pairs; a null value leaves the attribute out. */
    private static Map<String, String> own(@Nullable String... pairs) {
        Map<String, String> own = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            String name = Objects.requireNonNull(pairs[i], "attribute name");
            String value = pairs[i + 1];
            if (value != null) {
                own.put(name, value);
            }
        }
        return own;
    }

    /** Attributes for {@link HtmlWriter}: the renderer's own first, then the page's it keeps that own do not name. */
    private static String[] ownFirst(Map<String, String> own, Map<String, String> kept) {
        Map<String, String> merged = new LinkedHashMap<>(own);
        kept.forEach(merged::putIfAbsent);
        return pairs(merged);
    }

    /** Attributes for {@link HtmlWriter}: the page's it keeps, then the renderer's own, whose values win. */
    private static String[] ownLast(Map<String, String> kept, Map<String, String> own) {
        Map<String, String> merged = new LinkedHashMap<>(kept);
        merged.keySet().removeAll(own.keySet());
        merged.putAll(own);
        return pairs(merged);
    }

    private static String[] pairs(Map<String, String> attributes) {
        String[] pairs = new String[attributes.size() * 2];
        int i = 0;
        for (Map.Entry<String, String> attribute : attributes.entrySet()) {
            pairs[i++] = attribute.getKey();
            pairs[i++] = attribute.getValue();
        }
        return pairs;
    }

    /** Where in the content the renderer is: the zone dates are judged in, and whether inside an open task. */
    private record Scope(ZoneId zone, boolean inOpenTask) {}
}
