package dev.agenda.confluence.packaging;

import static dev.agenda.confluence.packaging.BuiltPluginJar.PLUGIN_KEY;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.zip.ZipEntry;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * Holds the plugin jar that {@code mvn package} built to what it is as a jar: its manifest declares a transformerless
 * plugin (plugin key, OSGi headers, the packages Confluence provides and those embedded, the embedded jars on the
 * Bundle-ClassPath), and its contents hold every class the descriptor and the Spring context name, the sync
 * components and their texts, and no Atlassian class (stand-ins included), not even in an embedded jar. What the
 * descriptor declares is {@link PluginDescriptorIT}'s; how the Spring context wires the components is
 * {@link PluginSpringContextIT}'s.
 */
public class PluginJarIT {

    @ClassRule
    public static final BuiltPluginJar plugin = new BuiltPluginJar();

    @Test
    public void manifestDeclaresATransformerlessPlugin() throws Exception {
        Attributes manifest = plugin.jar().getManifest().getMainAttributes();

        assertEquals(PLUGIN_KEY, manifest.getValue("Atlassian-Plugin-Key"));
        assertEquals(PLUGIN_KEY, manifest.getValue("Bundle-SymbolicName"));
        assertEquals("*", manifest.getValue("Spring-Context"));
        String imports = manifest.getValue("Import-Package");
        assertTrue(imports.contains("com.atlassian.confluence.macro"));
        assertTrue(imports.contains("jakarta.ws.rs"));
        assertTrue("REST v2 builds the resources through jakarta.inject", imports.contains("jakarta.inject"));
        assertTrue(
                "REST v2's access annotations", imports.contains("com.atlassian.plugins.rest.api.security.annotation"));
        for (String hostPackage : List.of(
                "com.atlassian.applinks.api",
                "com.atlassian.applinks.api.application.jira",
                "com.atlassian.sal.api.net",
                "com.atlassian.sal.api.lifecycle",
                "com.atlassian.sal.api.pluginsettings",
                "com.atlassian.beehive",
                "com.atlassian.scheduler",
                "com.atlassian.scheduler.config",
                "com.atlassian.confluence.setup.settings")) {
            assertTrue(hostPackage + " is imported from Confluence", imports.contains(hostPackage));
        }
        assertFalse("Velocity is embedded, not Confluence's", imports.contains("org.apache.velocity"));
        assertFalse("Jackson is embedded, not Confluence's", imports.contains("com.fasterxml"));
        assertTrue(manifest.getValue("Bundle-ClassPath").contains("META-INF/lib/velocity-engine-core.jar"));
        assertTrue(
                "the sync engine is embedded",
                manifest.getValue("Bundle-ClassPath").contains("META-INF/lib/agenda-sync.jar"));
        assertTrue(
                "the Jira client is embedded",
                manifest.getValue("Bundle-ClassPath").contains("META-INF/lib/agenda-jira.jar"));
        assertNotNull(plugin.jar().getEntry("META-INF/lib/agenda-sync.jar"));
        assertNotNull(plugin.jar().getEntry("META-INF/lib/agenda-jira.jar"));
        assertFalse(
                "the fake Jira is for tests only",
                manifest.getValue("Bundle-ClassPath").contains("jira-fake"));
    }

    @Test
    public void theSyncComponentsAreInsideAndTheirTextsAreInTheBundle() throws Exception {
        List<String> expected = List.of(
                "dev.agenda.confluence.jira.ApplicationLinkJiraAccess",
                "dev.agenda.confluence.jira.ApplicationLinkJiraTransport",
                "dev.agenda.confluence.sync.ContentPropertySyncStateStore",
                "dev.agenda.confluence.sync.SyncRecordJson",
                "dev.agenda.confluence.sync.ClusterLockServiceLock",
                "dev.agenda.confluence.host.ConfluencePages",
                "dev.agenda.confluence.host.ConfluenceUsers",
                "dev.agenda.confluence.host.ConfluenceWorkerContext",
                "dev.agenda.services.sync.PageSyncService",
                "dev.agenda.confluence.status.StatusRefreshRunner",
                "dev.agenda.confluence.status.StatusRefreshJob",
                "dev.agenda.services.status.PageStatusService",
                "dev.agenda.services.status.BackgroundStatusRefresh",
                "dev.agenda.services.status.LiveStatusSource",
                "dev.agenda.services.tick.PageTickService",
                "dev.agenda.confluence.tick.ConfluenceTaskTicks",
                "dev.agenda.sync.status.LiveStatuses",
                "dev.agenda.confluence.i18n.PluginMessages",
                "dev.agenda.services.Texts");
        List<String> components = plugin.componentClasses();
        for (String className : expected) {
            plugin.assertInJar(className.replace('.', '/') + ".class");
            assertTrue(
                    className + " is wired",
                    components.contains(className) || className.endsWith("ApplicationLinkJiraTransport"));
        }
        Properties texts = new Properties();
        try (InputStream in = plugin.jar().getInputStream(plugin.entry("i18n/agenda.properties"))) {
            texts.load(in);
        }
        for (String key : List.of("sync.xsrf", "jira.no-link")) {
            assertFalse(
                    "missing i18n text " + key,
                    texts.getProperty(PLUGIN_KEY + "." + key, "").isBlank());
        }
        Properties serviceTexts = new Properties();
        try (JarInputStream services =
                new JarInputStream(plugin.jar().getInputStream(plugin.entry("META-INF/lib/agenda-services.jar")))) {
            for (ZipEntry inner; (inner = services.getNextEntry()) != null; ) {
                if (inner.getName().equals("dev/agenda/services/texts.properties")) {
                    serviceTexts.load(services);
                }
            }
        }
        for (String key :
                List.of("page.bad-id", "page.not-found", "page.forbidden", "page.unreadable", "sync.authorise")) {
            assertFalse(
                    "missing page-service text " + key,
                    serviceTexts.getProperty(key, "").isBlank());
        }
    }

    @Test
    public void everyClassTheDescriptorAndTheSpringContextNameIsInside() throws Exception {
        for (String className : plugin.componentClasses()) {
            if (!className.startsWith("java.")) {
                plugin.assertInJar(className.replace('.', '/') + ".class");
            }
        }
    }

    @Test
    public void noAtlassianClassIsInsideNotEvenInAnEmbeddedJar() throws Exception {
        List<String> offending = new ArrayList<>();
        for (JarEntry entry : java.util.Collections.list(plugin.jar().entries())) {
            if (entry.getName().startsWith("com/atlassian/")) {
                offending.add(entry.getName());
            }
            if (entry.getName().endsWith(".jar")) {
                try (JarInputStream nested = new JarInputStream(plugin.jar().getInputStream(entry))) {
                    for (ZipEntry inner; (inner = nested.getNextEntry()) != null; ) {
                        if (inner.getName().startsWith("com/atlassian/")
                                || inner.getName().startsWith("jakarta/")) {
                            offending.add(entry.getName() + "!" + inner.getName());
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), offending);
    }
}
