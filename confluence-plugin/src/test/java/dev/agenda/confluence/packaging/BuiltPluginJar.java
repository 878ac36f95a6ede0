package dev.agenda.confluence.packaging;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.zip.ZipEntry;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.rules.ExternalResource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The plugin jar that {@code mvn package} built (named by the {@code plugin.jar} system property), opened for one IT
 * class as its {@code @ClassRule}, with the two documents Confluence reads from it — the descriptor and the Spring
 * context — and the ways the ITs read it: its entries, whether a class is in the bundle (at the root or in an embedded
 * jar), the descriptor's single elements, and the classes Confluence instantiates.
 */
final class BuiltPluginJar extends ExternalResource {

    /** The plugin key the build gave the plugin, as the {@code plugin.key} system property passes it on. */
    static final String PLUGIN_KEY = System.getProperty("plugin.key", "dev.agenda.agenda-confluence-plugin");

    private JarFile jar;
    private Document descriptor;
    private Document springContext;

    @Override
    protected void before() throws Exception {
        String path = System.getProperty("plugin.jar");
        assertNotNull("the plugin.jar system property names the built jar", path);
        jar = new JarFile(Path.of(path).toFile());
        try {
            descriptor = xml("atlassian-plugin.xml");
            springContext = xml("META-INF/spring/agenda-context.xml");
        } catch (Exception | AssertionError e) {
            jar.close();
            throw e;
        }
    }

    @Override
    protected void after() {
        try {
            jar.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JarFile jar() {
        return jar;
    }

    /** {@code atlassian-plugin.xml}. */
    Document descriptor() {
        return descriptor;
    }

    /** {@code META-INF/spring/agenda-context.xml}. */
    Document springContext() {
        return springContext;
    }

    /** The classes Confluence instantiates: module classes of the descriptor, REST resources and Spring beans. */
    List<String> componentClasses() throws Exception {
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

    /** The classes with a JAX-RS {@code @Path} in the REST module's package, as REST v2 finds them. */
    List<String> restResources(String restPackage) throws Exception {
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

    /** The descriptor's one element of this tag. */
    Element single(String tag) {
        NodeList found = descriptor.getElementsByTagName(tag);
        assertEquals("one <" + tag + ">", 1, found.getLength());
        return (Element) found.item(0);
    }

    /** The class is in the bundle: at its root, or in one of the jars its Bundle-ClassPath names. */
    void assertInJar(String path) throws Exception {
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

    /** The jar's entry at this path, which must be there. */
    ZipEntry entry(String path) {
        ZipEntry entry = jar.getEntry(path);
        assertNotNull(path + " is in the jar", entry);
        return entry;
    }

    private Document xml(String path) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = jar.getInputStream(entry(path))) {
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(in.readAllBytes()));
        }
    }
}
