package dev.agenda.preview;

import dev.agenda.confluence.macro.RegisterMacro;
import dev.agenda.core.render.HtmlWriter;
import dev.agenda.core.render.PageRenderer;
import dev.agenda.core.render.SafeHtml;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The preview's Actions page, {@code /actions?assignee=&state=&overdue=&dueWithin=&project=}: the action register of
 * every page in the pages directory, rendered by the plugin's own {@code agenda-actions} macro class as Confluence
 * would render the macro with those parameters, under a form (GET) that sets them. The page script then fills in the
 * live statuses from the register's REST resource.
 */
@Path("actions")
public class PreviewActionsResource {

    private final RegisterMacro macro;
    private final PreviewChrome chrome;

    PreviewActionsResource(RegisterMacro macro, PreviewChrome chrome) {
        this.macro = macro;
        this.chrome = chrome;
    }

    @GET
    @Produces("text/html; charset=utf-8")
    public String actions(
            @QueryParam("assignee") @DefaultValue("") String assignee,
            @QueryParam("state") @DefaultValue("") String state,
            @QueryParam("overdue") @DefaultValue("") String overdue,
            @QueryParam("dueWithin") @DefaultValue("") String dueWithin,
            @QueryParam("project") @DefaultValue("") String project) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("assignee", assignee);
        parameters.put("state", state);
        parameters.put("overdue", overdue);
        parameters.put("dueWithin", dueWithin);
        parameters.put("project", project);
        HtmlWriter body = new HtmlWriter()
                .open("style")
                .append(SafeHtml.fromTrustedHost(PageRenderer.agendaStylesheet()))
                .close("style")
                .element("h1", "Actions")
                .open("p")
                .text("Every action of every page here, by due date. ")
                .element("a", "All pages", "href", "/")
                .close("p")
                .open("form", "method", "get", "action", "/actions", "class", "preview-register-filters");
        field(body, "assignee", "Assignee", assignee, "me, or a username");
        body.open("label").text("State ").open("select", "name", "state");
        option(body, "", "open or done", state);
        option(body, "open", "open", state);
        option(body, "done", "done", state);
        body.close("select").close("label").text(" ");
        body.open("label");
        if (overdue.equals("true")) {
            body.empty("input", "type", "checkbox", "name", "overdue", "value", "true", "checked", "checked");
        } else {
            body.empty("input", "type", "checkbox", "name", "overdue", "value", "true");
        }
        body.text(" Overdue only").close("label").text(" ");
        field(body, "dueWithin", "Due within (days)", dueWithin, "7");
        field(body, "project", "Jira project", project, "DM");
        body.element("button", "Show", "type", "submit").close("form");
        body.append(SafeHtml.fromTrustedHost(macro.execute(parameters, "", PreviewConversionContext.noPage())));
        body.open("script", "src", "/static/agenda.js").close("script");
        return PreviewChrome.document("Actions — agenda preview", chrome.banner(), body.toSafeHtml());
    }

    private static void field(HtmlWriter body, String name, String label, String value, String placeholder) {
        body.open("label")
                .text(label + " ")
                .empty("input", "type", "text", "name", name, "value", value, "placeholder", placeholder)
                .close("label")
                .text(" ");
    }

    private static void option(HtmlWriter body, String value, String label, String chosen) {
        if (value.equals(chosen)) {
            body.element("option", label, "value", value, "selected", "selected");
        } else {
            body.element("option", label, "value", value);
        }
    }
}
