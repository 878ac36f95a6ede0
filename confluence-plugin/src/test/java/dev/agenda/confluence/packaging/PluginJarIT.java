package dev.agenda.confluence.packaging;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import dev.agenda.core.agenda.AgendaParameters;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.zip.ZipEntry;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Opens the plugin jar that {@code mvn package} built and checks what Confluence will read from it: the manifest
 * headers of a transformerless plugin, the descriptor, that everything the descriptor and the Spring context name
 * is inside, that no Atlassian class (stand-ins included) is, and that every component can be constructor-wired.
 */
public class PluginJarIT {

    private static final String PLUGIN_KEY = System.getProperty("plugin.key", "dev.agenda.agenda-confluence-plugin");
    private static JarFile jar;
    private static Document descriptor;
    private static Document springContext;

    @BeforeClass
    public static void openJar() throws Exception {
        String path = System.getProperty("plugin.jar");
        assertNotNull("the plugin.jar system property names the built jar", path);
        jar = new JarFile(Path.of(path).toFile());
        descriptor = xml("atlassian-plugin.xml");
        springContext = xml("META-INF/spring/agenda-context.xml");
    }

    @AfterClass
    public static void closeJar() throws IOException {
        jar.close();
    }

    @Test
    public void manifestDeclaresATransformerlessPlugin() throws Exception {
        Attributes manifest = jar.getManifest().getMainAttributes();

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
        assertNotNull(jar.getEntry("META-INF/lib/agenda-sync.jar"));
        assertNotNull(jar.getEntry("META-INF/lib/agenda-jira.jar"));
        assertFalse(
                "the fake Jira is for tests only",
                manifest.getValue("Bundle-ClassPath").contains("jira-fake"));
    }

    @Test
    public void descriptorDeclaresTheMacroWithItsParametersIconAndCategory() throws Exception {
        Element root = descriptor.getDocumentElement();
        assertEquals(PLUGIN_KEY, root.getAttribute("key"));
        assertEquals("2", root.getAttribute("plugins-version"));

        Element macro = single("xhtml-macro");
        assertEquals("agenda", macro.getAttribute("name"));
        assertTrue(macro.getElementsByTagName("category").getLength() > 0);
        String icon = macro.getAttribute("icon");
        String prefix = "/download/resources/" + PLUGIN_KEY + "/";
        assertTrue(icon, icon.startsWith(prefix));
        assertInJar(icon.substring(prefix.length()));

        List<String> parameters = new ArrayList<>();
        NodeList declared = macro.getElementsByTagName("parameter");
        for (int i = 0; i < declared.getLength(); i++) {
            parameters.add(((Element) declared.item(i)).getAttribute("name"));
        }
        assertEquals(AgendaParameters.NAMES, parameters);
    }

    @Test
    public void everyMacroParameterHasAnI18nLabelAndDescription() throws Exception {
        Element i18n = null;
        NodeList resources = descriptor.getDocumentElement().getChildNodes();
        for (int i = 0; i < resources.getLength(); i++) {
            if (resources.item(i) instanceof Element element
                    && element.getTagName().equals("resource")
                    && element.getAttribute("type").equals("i18n")) {
                i18n = element;
            }
        }
        assertNotNull("an i18n resource", i18n);
        Properties texts = new Properties();
        try (InputStream in = jar.getInputStream(entry(i18n.getAttribute("location") + ".properties"))) {
            texts.load(in);
        }
        String macro = PLUGIN_KEY + ".agenda";
        List<String> keys = new ArrayList<>(
                List.of(macro + ".label", macro + ".desc", macro + ".body.label", macro + ".body.desc"));
        for (String parameter : AgendaParameters.NAMES) {
            keys.add(macro + ".param." + parameter + ".label");
            keys.add(macro + ".param." + parameter + ".desc");
        }
        for (String key : keys) {
            assertFalse("missing i18n text " + key, texts.getProperty(key, "").isBlank());
        }
    }

    @Test
    public void theWebResourceAndRestModuleAreComplete() throws Exception {
        Element webResource = single("web-resource");
        NodeList files = webResource.getElementsByTagName("resource");
        assertEquals(2, files.getLength());
        for (int i = 0; i < files.getLength(); i++) {
            assertInJar(((Element) files.item(i)).getAttribute("location"));
        }
        assertEquals(
                PLUGIN_KEY + ":" + webResource.getAttribute("key"), dev.agenda.confluence.PluginKeys.WEB_RESOURCES);

        Element rest = single("rest");
        assertEquals("/agenda", rest.getAttribute("path"));
        assertEquals("1.0", rest.getAttribute("version"));
        String restPackage =
                rest.getElementsByTagName("package").item(0).getTextContent().strip();
        Class<?> resource = Class.forName(restPackage + ".ActionsResource");
        assertInJar(resource.getName().replace('.', '/') + ".class");
        assertEquals("pages", resource.getAnnotation(jakarta.ws.rs.Path.class).value());
        assertEquals(
                "{pageId}/actions",
                resource.getMethod("actions", String.class)
                        .getAnnotation(jakarta.ws.rs.Path.class)
                        .value());

        Class<?> sync = Class.forName(restPackage + ".SyncResource");
        assertInJar(sync.getName().replace('.', '/') + ".class");
        assertEquals(
                "pages/{pageId}/sync",
                sync.getAnnotation(jakarta.ws.rs.Path.class).value());
        java.lang.reflect.Method post = sync.getMethod("sync", String.class, boolean.class, String.class);
        assertNotNull(post.getAnnotation(jakarta.ws.rs.POST.class));
        for (java.lang.annotation.Annotation annotation : post.getAnnotations()) {
            assertFalse(
                    "the sync keeps the REST framework's XSRF protection: " + annotation,
                    annotation.annotationType().getSimpleName().equals("XsrfProtectionExcluded"));
        }
    }

    @Test
    public void theStatusRefreshIsExportedAsALifecycleServiceSoSalStartsAndStopsIt() throws Exception {
        NodeList services = springContext.getElementsByTagName("osgi:service");
        Element lifecycle = null;
        for (int i = 0; i < services.getLength(); i++) {
            Element service = (Element) services.item(i);
            if (service.getAttribute("interface").equals("com.atlassian.sal.api.lifecycle.LifecycleAware")) {
                lifecycle = service;
            }
        }
        assertNotNull("a LifecycleAware OSGi service", lifecycle);
        String ref = lifecycle.getAttribute("ref");
        NodeList beans = springContext.getElementsByTagName("beans:bean");
        Class<?> exported = null;
        for (int i = 0; i < beans.getLength(); i++) {
            Element bean = (Element) beans.item(i);
            if (bean.getAttribute("id").equals(ref)) {
                exported = Class.forName(bean.getAttribute("class"));
            }
        }
        assertNotNull("the service's bean " + ref + " is declared", exported);
        assertTrue(com.atlassian.sal.api.lifecycle.LifecycleAware.class.isAssignableFrom(exported));
        assertEquals("dev.agenda.confluence.status.StatusRefreshJob", exported.getName());
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
        List<String> components = componentClasses();
        for (String className : expected) {
            assertInJar(className.replace('.', '/') + ".class");
            assertTrue(
                    className + " is wired",
                    components.contains(className) || className.endsWith("ApplicationLinkJiraTransport"));
        }
        Properties texts = new Properties();
        try (InputStream in = jar.getInputStream(entry("i18n/agenda.properties"))) {
            texts.load(in);
        }
        for (String key : List.of("sync.xsrf", "jira.no-link")) {
            assertFalse(
                    "missing i18n text " + key,
                    texts.getProperty(PLUGIN_KEY + "." + key, "").isBlank());
        }
        Properties serviceTexts = new Properties();
        try (JarInputStream services =
                new JarInputStream(jar.getInputStream(entry("META-INF/lib/agenda-services.jar")))) {
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
        for (String className : componentClasses()) {
            if (!className.startsWith("java.")) {
                assertInJar(className.replace('.', '/') + ".class");
            }
        }
    }

    @Test
    public void noAtlassianClassIsInsideNotEvenInAnEmbeddedJar() throws Exception {
        List<String> offending = new ArrayList<>();
        for (JarEntry entry : java.util.Collections.list(jar.entries())) {
            if (entry.getName().startsWith("com/atlassian/")) {
                offending.add(entry.getName());
            }
            if (entry.getName().endsWith(".jar")) {
                try (JarInputStream nested = new JarInputStream(jar.getInputStream(entry))) {
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

    @Test
    public void everyComponentHasAConstructorTheContextCanSatisfyByType() throws Exception {
        List<Class<?>> provided = new ArrayList<>();
        NodeList references = springContext.getElementsByTagName("osgi:reference");
        for (int i = 0; i < references.getLength(); i++) {
            provided.add(Class.forName(((Element) references.item(i)).getAttribute("interface")));
        }
        NodeList beans = springContext.getElementsByTagName("beans:bean");
        for (int i = 0; i < beans.getLength(); i++) {
            provided.add(Class.forName(((Element) beans.item(i)).getAttribute("class")));
        }
        for (String className : componentClasses()) {
            Class<?> component = Class.forName(className);
            if (isFactoryBuilt(className)) {
                continue;
            }
            int given = constructorArguments(className);
            if (given > 0) {
                assertTrue(
                        className + " has a public constructor of the " + given + " arguments the context gives",
                        java.util.Arrays.stream(component.getConstructors())
                                .anyMatch(constructor -> constructor.getParameterCount() == given));
                continue;
            }
            boolean satisfiable = false;
            for (Constructor<?> constructor : component.getConstructors()) {
                satisfiable |= java.util.Arrays.stream(constructor.getParameterTypes())
                        .allMatch(type ->
                                provided.stream().filter(type::isAssignableFrom).count() == 1);
            }
            assertTrue(
                    className + " has no public constructor whose every parameter one component provides",
                    satisfiable && Modifier.isPublic(component.getModifiers()));
        }
    }

    /** How many constructor arguments the context gives the bean of this class explicitly (0: autowired). */
    private static int constructorArguments(String className) {
        NodeList beans = springContext.getElementsByTagName("beans:bean");
        for (int i = 0; i < beans.getLength(); i++) {
            Element bean = (Element) beans.item(i);
            if (bean.getAttribute("class").equals(className)) {
                return bean.getElementsByTagName("beans:constructor-arg").getLength();
            }
        }
        return 0;
    }

    private static boolean isFactoryBuilt(String className) {
        NodeList beans = springContext.getElementsByTagName("beans:bean");
        for (int i = 0; i < beans.getLength(); i++) {
            Element bean = (Element) beans.item(i);
            if (bean.getAttribute("class").equals(className) && bean.hasAttribute("factory-method")) {
                return true;
            }
        }
        return false;
    }

    /** The classes Confluence instantiates: module classes of the descriptor, REST resources and Spring beans. */
    private static List<String> componentClasses() throws Exception {
        List<String> classes = new ArrayList<>();
        NodeList macros = descriptor.getElementsByTagName("xhtml-macro");
        for (int i = 0; i < macros.getLength(); i++) {
            classes.add(((Element) macros.item(i)).getAttribute("class"));
        }
        String restPackage = single("rest")
                .getElementsByTagName("package")
                .item(0)
                .getTextContent()
                .strip();
        classes.addAll(restResources(restPackage));
        NodeList beans = springContext.getElementsByTagName("beans:bean");
        for (int i = 0; i < beans.getLength(); i++) {
            classes.add(((Element) beans.item(i)).getAttribute("class"));
        }
        return classes;
    }

    @Test
    public void everyRestResourceHasOnePublicConstructorMarkedForInjection() throws Exception {
        String restPackage = single("rest")
                .getElementsByTagName("package")
                .item(0)
                .getTextContent()
                .strip();
        List<String> resources = restResources(restPackage);
        assertEquals("the four resources: " + resources, 4, resources.size());
        for (String className : resources) {
            Constructor<?>[] constructors = Class.forName(className).getConstructors();
            assertEquals(className + " has one public constructor", 1, constructors.length);
            assertNotNull(
                    className + "'s constructor is marked @jakarta.inject.Inject, which REST v2's HK2 needs",
                    constructors[0].getAnnotation(jakarta.inject.Inject.class));
        }
    }

    /** The classes with a JAX-RS {@code @Path} in the REST module's package, as REST v2 finds them. */
    private static List<String> restResources(String restPackage) throws Exception {
        List<String> resources = new ArrayList<>();
        String prefix = restPackage.replace('.', '/') + "/";
        for (JarEntry entry : java.util.Collections.list(jar.entries())) {
            String name = entry.getName();
            if (name.startsWith(prefix) && name.endsWith(".class") && name.indexOf('/', prefix.length()) < 0) {
                String className =
                        name.substring(0, name.length() - ".class".length()).replace('/', '.');
                if (Class.forName(className).isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                    resources.add(className);
                }
            }
        }
        return resources;
    }

    private static Element single(String tag) {
        NodeList found = descriptor.getElementsByTagName(tag);
        assertEquals("one <" + tag + ">", 1, found.getLength());
        return (Element) found.item(0);
    }

    /** The class is in the bundle: at its root, or in one of the jars its Bundle-ClassPath names. */
    private static void assertInJar(String path) throws Exception {
        if (jar.getEntry(path) != null) {
            return;
        }
        for (String element : jar.getManifest()
                .getMainAttributes()
                .getValue("Bundle-ClassPath")
                .split(",")) {
            ZipEntry embedded = jar.getEntry(element.trim());
            if (embedded == null || !element.trim().endsWith(".jar")) {
                continue;
            }
            try (JarInputStream nested = new JarInputStream(jar.getInputStream(embedded))) {
                for (ZipEntry inner; (inner = nested.getNextEntry()) != null; ) {
                    if (inner.getName().equals(path)) {
                        return;
                    }
                }
            }
        }
        throw new AssertionError(path + " is in the jar or in a jar on its Bundle-ClassPath");
    }

    private static ZipEntry entry(String path) {
        ZipEntry entry = jar.getEntry(path);
        assertNotNull(path + " is in the jar", entry);
        return entry;
    }

    private static Document xml(String path) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = jar.getInputStream(entry(path))) {
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(in.readAllBytes()));
        }
    }
}
