package dev.agenda.confluence.sync;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.setup.settings.Settings;
import com.atlassian.confluence.setup.settings.SettingsManager;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import java.util.Optional;
import org.junit.Test;

/** The two small host adapters the sync settings come from: the page's address and the default project. */
public class ConfluencePageLinksTest {

    @Test
    public void aPageAddressIsTheBaseUrlAndThePagePathWithOneSlash() {
        assertEquals("https://wiki.example.org/display/DM/Agenda", url("https://wiki.example.org", "/display/DM/Agenda"));
        assertEquals("https://wiki.example.org/display/DM/Agenda", url("https://wiki.example.org/", "/display/DM/Agenda"));
        assertEquals("https://example.org/wiki/pages/viewpage.action?pageId=65538",
                url("https://example.org/wiki", "pages/viewpage.action?pageId=65538"));
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
        return new ConfluencePageLinks(settingsManager).urlOf(page);
    }
}
