package dev.agenda.realism;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.zip.ZipEntry;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The built plugin jar, as the harness reads it: its class files — those at its root and those of the jars it embeds
 * on its {@code Bundle-ClassPath}, each with where it came from, everything Confluence will load from the bundle — and
 * its XML (the descriptor, the Spring context).
 */
final class PluginJar {

    static final String DESCRIPTOR = "atlassian-plugin.xml";
    static final String SPRING_CONTEXT = "META-INF/spring/agenda-context.xml";

    /** One class file, and where: {@code dev/agenda/X.class}, or {@code META-INF/lib/a.jar!dev/agenda/Y.class}. */
    record ClassFile(String where, byte[] bytes) {}

    private PluginJar() {}

    /** The plugin jar {@code mvn package} built, named by the {@code plugin.jar} system property. */
    static Path path() {
        String path = System.getProperty("plugin.jar");
        if (path == null || path.isBlank() || path.startsWith("${")) {
            throw new IllegalStateException(
                    "the plugin.jar system property names the built plugin jar (run mvn" + " verify)");
        }
        return Path.of(path);
    }

    static List<ClassFile> classFiles() throws IOException {
        return classFiles(path());
    }

    /** The class files of any jar (the preview host's, say), its embedded jars included. */
    static List<ClassFile> classFiles(Path jarPath) throws IOException {
        List<ClassFile> classes = new ArrayList<>();
        try (JarFile jar = new JarFile(jarPath.toFile())) {
            for (JarEntry entry : Collections.list(jar.entries())) {
                if (entry.getName().endsWith(".class")) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        classes.add(new ClassFile(entry.getName(), in.readAllBytes()));
                    }
                } else if (entry.getName().endsWith(".jar")) {
                    byte[] nestedJar;
                    try (InputStream in = jar.getInputStream(entry)) {
                        nestedJar = in.readAllBytes();
                    }
                    try (JarInputStream nested = new JarInputStream(new ByteArrayInputStream(nestedJar))) {
                        for (ZipEntry inner; (inner = nested.getNextEntry()) != null; ) {
                            if (inner.getName().endsWith(".class")
                                    && !inner.getName().startsWith("META-INF/")) {
                                classes.add(
                                        new ClassFile(entry.getName() + "!" + inner.getName(), nested.readAllBytes()));
                            }
                        }
                    }
                }
            }
        }
        return classes;
    }

    /** An XML file of the jar, such as {@code atlassian-plugin.xml}, parsed without DTDs. */
    static Document xml(String entry) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (JarFile jar = new JarFile(path().toFile());
                InputStream in = jar.getInputStream(jar.getEntry(entry))) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    /** The values of an attribute on every element of a tag in one of the jar's XML files, in document order. */
    static List<String> attributes(String entry, String tag, String attribute) throws Exception {
        List<String> values = new ArrayList<>();
        NodeList elements = xml(entry).getElementsByTagName(tag);
        for (int i = 0; i < elements.getLength(); i++) {
            values.add(((Element) elements.item(i)).getAttribute(attribute));
        }
        return values;
    }

    /** The text of a child of the first element of a tag in the descriptor ({@code rest}'s {@code package}, say). */
    static String descriptorText(String tag, String child) throws Exception {
        Element module = (Element) xml(DESCRIPTOR).getElementsByTagName(tag).item(0);
        return module.getElementsByTagName(child).item(0).getTextContent().strip();
    }
}
