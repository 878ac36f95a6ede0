package com.atlassian.confluence.setup.settings;

/**
 * Stand-in (compile only): Confluence's global settings, a class; the plugin reads only {@code String getBaseUrl()}
 * (the configured server base URL). See
 * https://docs.atlassian.com/atlassian-confluence/4.2.7/com/atlassian/confluence/setup/settings/class-use/Settings.html.
 */
public class Settings {

    /** Confluence makes its settings; the plugin only reads them (tests mock them). */
    private Settings() {}

    public String getBaseUrl() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
