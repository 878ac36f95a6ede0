package com.atlassian.confluence.setup.settings;

/**
 * Stand-in (compile only), declaring only the member the plugin calls: {@code Settings getGlobalSettings()}. Checked
 * against https://docs.atlassian.com/atlassian-confluence/5.0.3/com/atlassian/confluence/setup/settings/SettingsManager.html;
 * its presence in 10.2 is not verified here (no current javadoc page was reachable).
 */
public interface SettingsManager {

    Settings getGlobalSettings();
}
