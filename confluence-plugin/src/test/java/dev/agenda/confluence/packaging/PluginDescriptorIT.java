package dev.agenda.confluence.packaging;

import static dev.agenda.confluence.packaging.BuiltPluginJar.PLUGIN_KEY;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import dev.agenda.core.agenda.AgendaParameters;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.ClassRule;
import org.junit.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Holds the built plugin jar's descriptor, {@code atlassian-plugin.xml}, to what Confluence reads from it: the plugin
 * key, the macro with its parameters (the core's {@link AgendaParameters}), icon and category, an i18n label and
 * description in the bundle for the macro and each parameter, the web resource (its files inside, its key the one
 * the code names), and the REST module (its resources inside, at their paths, the sync keeping XSRF protection).
 */
public class PluginDescriptorIT {

    @ClassRule
    public static final BuiltPluginJar plugin = new BuiltPluginJar();

    @Test
    public void descriptorDeclaresTheMacroWithItsParametersIconAndCategory() throws Exception {
        Element root = plugin.descriptor().getDocumentElement();
        assertEquals(PLUGIN_KEY, root.getAttribute("key"));
        assertEquals("2", root.getAttribute("plugins-version"));

        Element macro = macroNamed("agenda");
        assertEquals("agenda", macro.getAttribute("name"));
        assertTrue(macro.getElementsByTagName("category").getLength() > 0);
        String icon = macro.getAttribute("icon");
        String prefix = "/download/resources/" + PLUGIN_KEY + "/";
        assertTrue(icon, icon.startsWith(prefix));
        plugin.assertInJar(icon.substring(prefix.length()));

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
        NodeList resources = plugin.descriptor().getDocumentElement().getChildNodes();
        for (int i = 0; i < resources.getLength(); i++) {
            if (resources.item(i) instanceof Element element
                    && element.getTagName().equals("resource")
                    && element.getAttribute("type").equals("i18n")) {
                i18n = element;
            }
        }
        assertNotNull("an i18n resource", i18n);
        Properties texts = new Properties();
        try (InputStream in =
                plugin.jar().getInputStream(plugin.entry(i18n.getAttribute("location") + ".properties"))) {
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
        Element webResource = plugin.single("web-resource");
        NodeList files = webResource.getElementsByTagName("resource");
        assertEquals(2, files.getLength());
        for (int i = 0; i < files.getLength(); i++) {
            plugin.assertInJar(((Element) files.item(i)).getAttribute("location"));
        }
        assertEquals(
                PLUGIN_KEY + ":" + webResource.getAttribute("key"), dev.agenda.confluence.PluginKeys.WEB_RESOURCES);

        Element rest = plugin.single("rest");
        assertEquals("/agenda", rest.getAttribute("path"));
        assertEquals("1.0", rest.getAttribute("version"));
        String restPackage =
                rest.getElementsByTagName("package").item(0).getTextContent().strip();
        Class<?> resource = Class.forName(restPackage + ".ActionsResource");
        plugin.assertInJar(resource.getName().replace('.', '/') + ".class");
        assertEquals("pages", resource.getAnnotation(jakarta.ws.rs.Path.class).value());
        assertEquals(
                "{pageId}/actions",
                resource.getMethod("actions", String.class)
                        .getAnnotation(jakarta.ws.rs.Path.class)
                        .value());

        Class<?> sync = Class.forName(restPackage + ".SyncResource");
        plugin.assertInJar(sync.getName().replace('.', '/') + ".class");
        assertEquals(
                "pages/{pageId}/sync",
                sync.getAnnotation(jakarta.ws.rs.Path.class).value());
        java.lang.reflect.Method post =
                sync.getMethod("sync", String.class, boolean.class, java.util.List.class, String.class);
        assertNotNull(post.getAnnotation(jakarta.ws.rs.POST.class));
        for (java.lang.annotation.Annotation annotation : post.getAnnotations()) {
            assertFalse(
                    "the sync keeps the REST framework's XSRF protection: " + annotation,
                    annotation.annotationType().getSimpleName().equals("XsrfProtectionExcluded"));
        }

        Class<?> register = Class.forName(restPackage + ".RegisterResource");
        plugin.assertInJar(register.getName().replace('.', '/') + ".class");
        assertEquals("actions", register.getAnnotation(jakarta.ws.rs.Path.class).value());

        Class<?> removed = Class.forName(restPackage + ".RemovedTaskResource");
        plugin.assertInJar(removed.getName().replace('.', '/') + ".class");
        assertEquals(
                "pages/{pageId}/removed",
                removed.getAnnotation(jakarta.ws.rs.Path.class).value());
        java.lang.reflect.Method choose =
                removed.getMethod("choose", String.class, String.class, String.class, String.class);
        assertNotNull(choose.getAnnotation(jakarta.ws.rs.POST.class));
        for (java.lang.annotation.Annotation annotation : choose.getAnnotations()) {
            assertFalse(
                    "the choice keeps the REST framework's XSRF protection: " + annotation,
                    annotation.annotationType().getSimpleName().equals("XsrfProtectionExcluded"));
        }
    }

    /** The descriptor's top-level modules of this kind (not elements of the same name inside other modules). */
    private static List<Element> modules(String tag) {
        List<Element> found = new ArrayList<>();
        NodeList children = plugin.descriptor().getDocumentElement().getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element element
                    && element.getTagName().equals(tag)) {
                found.add(element);
            }
        }
        return found;
    }

    @Test
    public void theMeetingAgendaBlueprintIsInTheCreateDialogWithATemplateThatReadsAndRenders() throws Exception {
        List<Element> templates = modules("content-template");
        assertEquals(1, templates.size());
        Element template = templates.get(0);
        Element resource = (Element) template.getElementsByTagName("resource").item(0);
        assertEquals("template", resource.getAttribute("name"));
        assertEquals("download", resource.getAttribute("type"));
        String location = resource.getAttribute("location");
        plugin.assertInJar(location);

        List<Element> blueprints = modules("blueprint");
        assertEquals(1, blueprints.size());
        Element blueprint = blueprints.get(0);
        assertFalse(blueprint.getAttribute("index-key").isBlank());
        Element templateRef =
                (Element) blueprint.getElementsByTagName("content-template").item(0);
        assertEquals(template.getAttribute("key"), templateRef.getAttribute("ref"));

        Element createItem = modules("web-item").stream()
                .filter(item -> item.getAttribute("section").equals("system.create.dialog/content"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("a web-item in the Create dialog"));
        Element param = (Element) createItem.getElementsByTagName("param").item(0);
        assertEquals("blueprintKey", param.getAttribute("name"));
        assertEquals(blueprint.getAttribute("key"), param.getAttribute("value"));
        Element icon = (Element) createItem.getElementsByTagName("resource").item(0);
        assertEquals("icon", icon.getAttribute("name"));
        plugin.assertInJar(icon.getAttribute("location"));

        Properties texts = new Properties();
        try (InputStream in = plugin.jar().getInputStream(plugin.entry("i18n/agenda.properties"))) {
            texts.load(in);
        }
        for (String key : List.of(
                template.getAttribute("i18n-name-key"),
                createItem.getAttribute("i18n-name-key"),
                ((Element) createItem.getElementsByTagName("description").item(0)).getAttribute("key"),
                blueprint.getAttribute("i18n-index-title-key"))) {
            assertFalse("missing i18n text " + key, texts.getProperty(key, "").isBlank());
        }

        String storage;
        try (InputStream in = plugin.jar().getInputStream(plugin.entry(location))) {
            storage = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        dev.agenda.core.page.MeetingPage page = new dev.agenda.core.page.MeetingPageReader(
                        dev.agenda.core.users.UserDirectory.empty(),
                        dev.agenda.core.issues.JiraProjects.none(),
                        java.time.ZoneId.of("UTC"))
                .readPage("1", new dev.agenda.core.storage.StorageFormatParser().parse(storage));
        assertEquals(1, page.agendas().size());
        dev.agenda.core.agenda.Agenda agenda = page.agendas().get(0);
        assertTrue(agenda.table().isPresent());
        assertEquals(List.of(), agenda.warnings());
        assertEquals(3, agenda.items().size());
        assertEquals("Review outstanding actions", agenda.items().get(0).topic());
        assertEquals(1, page.actions().size());
        String html = new dev.agenda.core.render.PageRenderer(new dev.agenda.core.render.Templates())
                .renderDocument(
                        page,
                        new dev.agenda.core.render.RenderContext(
                                dev.agenda.core.users.UserDirectory.empty(),
                                dev.agenda.core.render.IssueLinks.none(),
                                dev.agenda.core.render.HostContentRenderer.none(),
                                java.time.Instant.parse("2026-11-30T09:00:00Z"),
                                java.time.ZoneId.of("UTC")),
                        "Meeting agenda");
        assertTrue(html, html.contains("Review outstanding actions"));
        assertTrue(html, html.contains("09:00–09:15"));
        assertFalse("instructional text is the editor's only", html.contains("Type @ and a name"));
    }

    @Test
    public void theRegisterMacroIsDeclaredWithItsParametersAndTexts() throws Exception {
        Element macro = macroNamed("agenda-actions");
        assertEquals("dev.agenda.confluence.macro.RegisterMacro", macro.getAttribute("class"));
        List<String> parameters = new ArrayList<>();
        NodeList declared = macro.getElementsByTagName("parameter");
        for (int i = 0; i < declared.getLength(); i++) {
            parameters.add(((Element) declared.item(i)).getAttribute("name"));
        }
        assertEquals(dev.agenda.confluence.macro.RegisterMacro.PARAMETERS, parameters);
        Properties texts = new Properties();
        try (InputStream in = plugin.jar().getInputStream(plugin.entry("i18n/agenda.properties"))) {
            texts.load(in);
        }
        String prefix = PLUGIN_KEY + ".agenda-actions";
        assertFalse(texts.getProperty(prefix + ".label", "").isBlank());
        for (String parameter : parameters) {
            assertFalse(
                    parameter,
                    texts.getProperty(prefix + ".param." + parameter + ".desc", "")
                            .isBlank());
        }
    }

    /** The one {@code <xhtml-macro>} of this name. */
    private static Element macroNamed(String name) throws Exception {
        NodeList macros = plugin.descriptor().getElementsByTagName("xhtml-macro");
        Element found = null;
        for (int i = 0; i < macros.getLength(); i++) {
            Element macro = (Element) macros.item(i);
            if (macro.getAttribute("name").equals(name)) {
                assertNull("one macro named " + name, found);
                found = macro;
            }
        }
        assertNotNull("a macro named " + name, found);
        return found;
    }
}
