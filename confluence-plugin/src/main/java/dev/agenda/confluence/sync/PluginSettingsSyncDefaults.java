package dev.agenda.confluence.sync;

import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import dev.agenda.services.sync.SyncDefaults;
import java.util.Optional;

/**
 * The sync settings in SAL's global plugin settings, under keys in the plugin's namespace (SAL shares one global
 * space among all apps). Read on every sync, so a change applies at once; a value that is not text, or is blank,
 * counts as unset. The admin screen that writes them comes later; until then they can be set through SAL.
 */
public final class PluginSettingsSyncDefaults implements SyncDefaults {

    /** The global plugin-settings key of the default Jira project key. */
    public static final String DEFAULT_PROJECT = "dev.agenda.agenda-confluence-plugin:defaultProject";

    private final PluginSettingsFactory settings;

    public PluginSettingsSyncDefaults(PluginSettingsFactory settings) {
        this.settings = settings;
    }

    @Override
    public Optional<String> defaultProject() {
        return settings.createGlobalSettings().get(DEFAULT_PROJECT) instanceof String project && !project.isBlank()
                ? Optional.of(project.strip())
                : Optional.empty();
    }
}
