package dev.agenda.confluence.sync;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.setup.settings.SettingsManager;

/**
 * A page's address from Confluence's configured base URL and the page's own URL path. The base URL is read on every
 * call because an administrator can change it while the app runs.
 */
public final class ConfluencePageLinks implements PageLinks {

    private final SettingsManager settingsManager;

    public ConfluencePageLinks(SettingsManager settingsManager) {
        this.settingsManager = settingsManager;
    }

    @Override
    public String urlOf(AbstractPage page) {
        String base = settingsManager.getGlobalSettings().getBaseUrl();
        String path = page.getUrlPath();
        if (base.endsWith("/") && path.startsWith("/")) {
            return base + path.substring(1);
        }
        return base.endsWith("/") || path.startsWith("/") ? base + path : base + "/" + path;
    }
}
