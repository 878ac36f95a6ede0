package dev.agenda.confluence.host;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.setup.settings.Settings;
import com.atlassian.confluence.setup.settings.SettingsManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import dev.agenda.confluence.sync.PluginSettingsSyncDefaults;
import dev.agenda.services.page.HostPage;
import dev.agenda.services.page.Need;
import java.util.Optional;
import org.junit.Test;

/**
 * Confluence's pages for the page services — found, their permissions asked for the thread's user, their addresses —
 * and the default project from SAL's settings.
 */
public class ConfluencePagesTest {

    @Test
    public void aPageAddressIsTheBaseUrlAndThePagePathWithOneSlash() {
        assertEquals(
                "https://wiki.example.org/display/DM/Agenda", url("https://wiki.example.org", "/display/DM/Agenda"));
        assertEquals(
                "https://wiki.example.org/display/DM/Agenda", url("https://wiki.example.org/", "/display/DM/Agenda"));
        assertEquals(
                "https://example.org/wiki/pages/viewpage.action?pageId=65538",
                url("https://example.org/wiki", "pages/viewpage.action?pageId=65538"));
    }

    @Test
    public void aPageConfluenceDoesNotHaveIsNotFoundAndPermissionsAreAskedForTheThreadsUser() {
        PageManager pages = mock(PageManager.class);
        PermissionManager permissions = mock(PermissionManager.class);
        AbstractPage page = mock(AbstractPage.class);
        ConfluenceUser viewer = mock(ConfluenceUser.class);
        when(pages.getAbstractPage(65538L)).thenReturn(page);
        when(permissions.hasPermission(viewer, Permission.EDIT, page)).thenReturn(true);
        ConfluencePages confluence = new ConfluencePages(pages, permissions, mock(SettingsManager.class));

        assertEquals(Optional.empty(), confluence.find(404L));
        HostPage found = confluence.find(65538L).orElseThrow();
        assertFalse("anonymous may not edit", confluence.currentViewerMay(Need.EDIT, found));
        AuthenticatedUserThreadLocal.set(viewer);
        try {
            assertTrue(confluence.currentViewerMay(Need.EDIT, found));
            assertFalse(confluence.currentViewerMay(Need.VIEW, found));
        } finally {
            AuthenticatedUserThreadLocal.reset();
        }
    }

    @Test
    public void theDefaultProjectIsReadFromGlobalPluginSettingsAndBlankMeansNone() {
        PluginSettingsFactory factory = mock(PluginSettingsFactory.class);
        PluginSettings settings = mock(PluginSettings.class);
        when(factory.createGlobalSettings()).thenReturn(settings);
        PluginSettingsSyncDefaults defaults = new PluginSettingsSyncDefaults(factory);

        when(settings.get(PluginSettingsSyncDefaults.DEFAULT_PROJECT)).thenReturn(" DM ");
        assertEquals(Optional.of("DM"), defaults.defaultProject());
        when(settings.get(PluginSettingsSyncDefaults.DEFAULT_PROJECT)).thenReturn("  ");
        assertEquals(Optional.empty(), defaults.defaultProject());
        when(settings.get(PluginSettingsSyncDefaults.DEFAULT_PROJECT)).thenReturn(null);
        assertEquals(Optional.empty(), defaults.defaultProject());
    }

    private static String url(String base, String path) {
        SettingsManager settingsManager = mock(SettingsManager.class);
        Settings settings = mock(Settings.class);
        AbstractPage page = mock(AbstractPage.class);
        when(settingsManager.getGlobalSettings()).thenReturn(settings);
        when(settings.getBaseUrl()).thenReturn(base);
        when(page.getUrlPath()).thenReturn(path);
        PageManager pages = mock(PageManager.class);
        when(pages.getAbstractPage(65538L)).thenReturn(page);
        return new ConfluencePages(pages, mock(PermissionManager.class), settingsManager)
                .find(65538L)
                .orElseThrow()
                .address();
    }
}
