package com.atlassian.sal.api.pluginsettings;

/**
 * Stand-in (compile only): {@code Object get(String key)}, null when unset; values are String, List or Map. See the
 * class-use page
 * https://docs.atlassian.com/sal-api/2.0.16-SNAPSHOT/com/atlassian/sal/api/pluginsettings/class-use/PluginSettings.html.
 */
public interface PluginSettings {

    Object get(String key);
}
