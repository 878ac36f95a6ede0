package dev.agenda.confluence.macro;

import com.atlassian.confluence.setup.settings.Settings;
import com.atlassian.confluence.setup.settings.SettingsManager;
import dev.agenda.core.render.HtmlWriter;
import dev.agenda.core.render.SafeHtml;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The plain link under a saved page's agenda to the page's calendar file, {@code GET …/pages/{id}/agenda.ics}: where
 * the host names the REST base (the preview host) it is used as it is; inside Confluence, where the page script finds
 * the REST resources under the context path itself, the link is made absolute from the site's base URL, since the
 * page's own address may be any of Confluence's page paths.
 */
final class CalendarLink {

    /** Where the plugin's REST module answers under a Confluence base URL: its path and version in the descriptor. */
    static final String REST_PATH = "/rest/agenda/1.0";

    private final SettingsManager settingsManager;

    CalendarLink(SettingsManager settingsManager) {
        this.settingsManager = settingsManager;
    }

    /**
     * @param restBase the REST base the host gave the page's live status; empty inside Confluence
     */
    SafeHtml to(long pageId, String restBase) {
        Optional<String> base = restBase.isEmpty() ? siteBase().map(site -> site + REST_PATH) : Optional.of(restBase);
        if (base.isEmpty()) {
            // A site without a base URL cannot be linked to absolutely; the agenda itself must still render.
            return SafeHtml.EMPTY;
        }
        return new HtmlWriter()
                .open("p", "class", "agenda-calendar-link")
                .element(
                        "a",
                        "Add to calendar (.ics)",
                        "href",
                        base.get() + "/pages/" + pageId + "/agenda.ics",
                        "title",
                        "Each agenda day as an event, for your calendar; importing it again updates the events")
                .close("p")
                .toSafeHtml();
    }

    /** The site's base URL without a trailing slash; empty when Confluence has none to give. */
    private Optional<String> siteBase() {
        @Nullable Settings settings = settingsManager.getGlobalSettings();
        @Nullable String base = settings == null ? null : settings.getBaseUrl();
        if (base == null || base.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
    }
}
