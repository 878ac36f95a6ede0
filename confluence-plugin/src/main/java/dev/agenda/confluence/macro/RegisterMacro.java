package dev.agenda.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.agenda.confluence.PluginKeys;
import dev.agenda.core.render.HtmlWriter;
import dev.agenda.core.render.RegisterView;
import dev.agenda.core.render.Templates;
import dev.agenda.services.jira.JiraAccess;
import dev.agenda.services.jira.JiraSite;
import dev.agenda.services.register.RegisterEndpoint;
import dev.agenda.services.register.RegisterReport;
import dev.agenda.services.register.RegisterRequest;
import dev.agenda.services.register.RegisterService;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The {@code agenda-actions} macro: the action register across meeting pages, as a table sorted by due date. Its
 * parameters are the register's: {@code scope} ({@code siblings} or {@code children} of this page — siblings when not
 * given —, {@code children:PAGE-ID}, {@code siblings:PAGE-ID}, {@code space:KEY}) and the filters {@code assignee}
 * ({@code me} for the viewer), {@code state} ({@code open}, {@code done}), {@code overdue} ({@code true}),
 * {@code dueWithin} (days) and {@code project}. It renders from what the server already knows (sync records and the
 * statuses the viewer's memory holds), never asking Jira, so the page never waits on it; the page script then asks
 * the register's REST resource for the live list with the same query. A bad parameter is shown as a sentence saying
 * which and what it allows. No body.
 */
public final class RegisterMacro implements Macro {

    /** The macro's parameter names, in the order the macro browser shows them. */
    public static final List<String> PARAMETERS =
            List.of("scope", "assignee", "state", "overdue", "dueWithin", "project");

    private final RegisterService service;
    private final Templates templates;
    private final PageBuilderService pageBuilderService;
    private final JiraAccess jira;
    private final RegisterEndpoint endpoint;

    public RegisterMacro(
            RegisterService service,
            Templates templates,
            PageBuilderService pageBuilderService,
            JiraAccess jira,
            RegisterEndpoint endpoint) {
        this.service = service;
        this.templates = templates;
        this.pageBuilderService = pageBuilderService;
        this.jira = jira;
        this.endpoint = endpoint;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext conversionContext) {
        pageBuilderService.assembler().resources().requireWebResource(PluginKeys.WEB_RESOURCES);
        Map<String, String> query = new LinkedHashMap<>();
        for (String name : PARAMETERS) {
            String value = parameters.getOrDefault(name, "").strip();
            if (!value.isEmpty()) {
                query.put(name, value);
            }
        }
        String scope = scopeOf(query.getOrDefault("scope", ""), pageIdOf(conversionContext));
        query.remove("scope");
        if (!scope.isEmpty()) {
            query.put("scope", scope);
        }
        RegisterRequest request = new RegisterRequest(
                scope,
                query.getOrDefault("assignee", ""),
                query.getOrDefault("state", ""),
                query.getOrDefault("overdue", ""),
                query.getOrDefault("dueWithin", ""),
                query.getOrDefault("project", ""));
        return service.known(request)
                .fold(
                        report -> render(report, query),
                        refusal -> new HtmlWriter()
                                .element(
                                        "p",
                                        "The action register cannot be shown: " + refusal.message(),
                                        "class",
                                        "agenda-warnings agenda-register-problem",
                                        "role",
                                        "note")
                                .toSafeHtml()
                                .toString());
    }

    private String render(RegisterReport report, Map<String, String> query) {
        JiraSite site = jira.site();
        RegisterView view = RegisterView.of(
                report.entries(),
                report.today(),
                report.filter().describe(),
                site.browseBase(),
                query.entrySet().stream()
                        .map(entry ->
                                entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&")),
                endpoint.restBase(),
                site.configured());
        return templates.render("register.vm", Map.of("register", view)).toString();
    }

    /** "siblings" and "children" (and nothing, meaning siblings) are of this page; a saved page has an id. */
    private static String scopeOf(String written, long pageId) {
        String scope = written.isEmpty() ? "siblings" : written;
        if ((scope.equals("siblings") || scope.equals("children")) && pageId > 0) {
            return scope + ":" + pageId;
        }
        return scope.equals("siblings") ? "" : scope;
    }

    private static long pageIdOf(ConversionContext conversionContext) {
        ContentEntityObject entity = conversionContext.getEntity();
        return entity == null ? 0 : entity.getId();
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
