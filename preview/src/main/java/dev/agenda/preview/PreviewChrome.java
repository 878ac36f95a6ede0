package dev.agenda.preview;

import dev.agenda.core.render.HtmlWriter;
import dev.agenda.core.render.SafeHtml;
import dev.agenda.services.jira.JiraSite;
import dev.agenda.services.page.CurrentViewer;
import dev.agenda.services.page.Viewer;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What every preview page has around its content: the banner saying this is not Confluence, which Jira the statuses
 * come from and who is signed in (with a sign-out button when people sign in), and the HTML document around it all.
 * Thread-safe; the banner is made per request, for the request's user.
 */
final class PreviewChrome {

    private final Supplier<JiraSite> jira;
    private final CurrentViewer currentUser;
    private final boolean signIn;

    PreviewChrome(Supplier<JiraSite> jira, CurrentViewer currentUser, boolean signIn) {
        this.jira = jira;
        this.currentUser = currentUser;
        this.signIn = signIn;
    }

    /** The banner for the current request's user. */
    SafeHtml banner() {
        JiraSite site = jira.get();
        String jiraText = !site.configured()
                ? "Jira: not connected"
                : site.label().isEmpty()
                        ? "Jira: " + site.browseBase().orElse("connected")
                        : "Jira: " + site.label() + " (in this process; nothing leaves this machine)";
        HtmlWriter banner = new HtmlWriter()
                .open("style")
                .append(SafeHtml.fromTrustedHost(BANNER_STYLE))
                .close("style")
                .open("header", "class", "preview-banner", "role", "banner")
                .element("a", "agenda preview", "href", "/", "class", "preview-home")
                .element("span", "Not Confluence: the plugin's macro and REST resources on a local host")
                .element("span", jiraText, "class", "preview-jira");
        Optional<Viewer> user = currentUser.get();
        if (user.isPresent()) {
            banner.element("span", "Signed in as " + user.get().displayName(), "class", "preview-user");
            if (signIn) {
                banner.open("form", "method", "post", "action", "/sign-out", "class", "preview-sign-out")
                        .element("button", "Sign out", "type", "submit")
                        .close("form");
            }
        }
        return banner.close("header").toSafeHtml();
    }

    /** A whole HTML document: the title, the banner, and the body inside the page's main landmark. */
    static String document(String title, SafeHtml banner, SafeHtml body) {
        return new HtmlWriter()
                .append(SafeHtml.fromTrustedHost("<!DOCTYPE html>\n<html lang=\"en\">"))
                .open("head")
                .empty("meta", "charset", "utf-8")
                .empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
                .element("title", title)
                .open("style")
                .append(SafeHtml.fromTrustedHost(PREVIEW_STYLE))
                .close("style")
                .close("head")
                .open("body")
                .append(banner)
                .open("main", "id", "main-content")
                .append(body)
                .close("main")
                .close("body")
                .append(SafeHtml.fromTrustedHost("</html>"))
                .toSafeHtml()
                .toString();
    }

    /** The preview's own pages' look, close to the rendered pages' (whose styles come from the app's stylesheet). */
    private static final String PREVIEW_STYLE = "body{margin:0;font-family:-apple-system,BlinkMacSystemFont,"
            + "'Segoe UI',Roboto,sans-serif;color:#172b4d;line-height:1.43}"
            + "main{max-width:960px;margin:0 auto;padding:16px}.preview-file{color:#6b778c}"
            + ".preview-sign-in label{display:block;margin:8px 0 2px;font-weight:600}"
            + ".preview-sign-in input{font:inherit;padding:4px 6px;width:100%;max-width:28em;box-sizing:border-box}"
            + ".preview-sign-in button{display:block;margin-top:12px;font:inherit;padding:4px 12px}"
            + ".preview-error{color:#bf2600;font-weight:600}";

    /** The banner's look, carried with the banner so it looks the same above every page. */
    private static final String BANNER_STYLE = ".preview-banner{display:flex;flex-wrap:wrap;align-items:center;"
            + "gap:4px 16px;padding:8px 16px;background:#253858;color:#fff;font-size:13px}"
            + ".preview-banner a{color:#fff;font-weight:700}"
            + ".preview-sign-out{margin:0}.preview-sign-out button{font:inherit;padding:1px 8px}"
            // Above a page, where its content starts: the page's own column (confluence-base.css, .wiki-content).
            + ".preview-shown-as{max-width:1200px;margin:16px auto 0;padding:0 32px}";
}
