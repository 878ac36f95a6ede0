package dev.agenda.confluence.host;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.setup.settings.SettingsManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import dev.agenda.services.page.HostPage;
import dev.agenda.services.page.HostPages;
import dev.agenda.services.page.Need;
import dev.agenda.services.page.PagePermissions;
import java.util.Optional;

/**
 * Confluence's pages for the page services: found with {@link PageManager}, their permissions asked of
 * {@link PermissionManager} for the thread's authenticated user (null when anonymous), their addresses made from the
 * site's base URL, read on every call because an administrator can change it while the app runs. Thread-safe.
 */
public final class ConfluencePages implements HostPages, PagePermissions {

    private final PageManager pageManager;
    private final PermissionManager permissionManager;
    private final SettingsManager settingsManager;

    public ConfluencePages(
            PageManager pageManager, PermissionManager permissionManager, SettingsManager settingsManager) {
        this.pageManager = pageManager;
        this.permissionManager = permissionManager;
        this.settingsManager = settingsManager;
    }

    @Override
    public Optional<HostPage> find(long id) {
        return Optional.ofNullable(pageManager.getAbstractPage(id)).map(ConfluencePage::new);
    }

    /** @throws IllegalArgumentException for a page that is not one of these */
    @Override
    public boolean currentViewerMay(Need need, HostPage page) {
        if (!(page instanceof ConfluencePage confluence)) {
            throw new IllegalArgumentException(page + " is not a Confluence page");
        }
        return permissionManager.hasPermission(
                AuthenticatedUserThreadLocal.get(),
                need == Need.EDIT ? Permission.EDIT : Permission.VIEW,
                confluence.page);
    }

    /** One of Confluence's pages, read through to Confluence's own object. */
    private final class ConfluencePage implements HostPage {

        private final AbstractPage page;

        ConfluencePage(AbstractPage page) {
            this.page = page;
        }

        @Override
        public long id() {
            return page.getId();
        }

        @Override
        public String title() {
            return page.getTitle();
        }

        @Override
        public String storage() {
            return page.getBodyAsString();
        }

        @Override
        public String address() {
            String base = settingsManager.getGlobalSettings().getBaseUrl();
            String path = page.getUrlPath();
            if (base.endsWith("/") && path.startsWith("/")) {
                return base + path.substring(1);
            }
            return base.endsWith("/") || path.startsWith("/") ? base + path : base + "/" + path;
        }

        @Override
        public String toString() {
            return "Confluence page " + page.getId();
        }
    }
}
