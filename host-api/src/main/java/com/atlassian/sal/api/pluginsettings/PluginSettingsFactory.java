package com.atlassian.sal.api.pluginsettings;

/**
 * Stand-in (compile only), declaring only the member the plugin calls. Checked against
 * https://docs.atlassian.com/sal-api/2.0.16-SNAPSHOT/com/atlassian/sal/api/pluginsettings/PluginSettingsFactory.html
 * and Confluence 9.0.2's implementation,
 * https://docs.atlassian.com/ConfluenceServer/javadoc/9.0.2/com/atlassian/sal/confluence/pluginsettings/ConfluencePluginSettingsFactory.html.
 */
public interface PluginSettingsFactory {

    PluginSettings createGlobalSettings();
}
