package dev.agenda.confluence;

/** The plugin's module keys, as declared in atlassian-plugin.xml. */
public final class PluginKeys {

    /** The plugin key: the Maven groupId and artifactId, as the bundle's manifest declares it. */
    public static final String PLUGIN = "dev.agenda.agenda-confluence-plugin";
    /** The web resource holding the agenda's styles and script. */
    public static final String WEB_RESOURCES = PLUGIN + ":agenda-resources";

    private PluginKeys() {}
}
