package dev.agenda.preview;

import dev.agenda.confluence.macro.AgendaMacro;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * What the plugin's own descriptor ({@code atlassian-plugin.xml}, inside the plugin jar) says about its REST module,
 * read as Confluence reads it: the REST resources are the classes of the module's packages, mounted at
 * {@code /rest/<path>/<version>}. The preview registers exactly those classes, so a resource Confluence would not find
 * is not found here either.
 */
record PluginDescriptor(String restPath, String restVersion, List<String> restPackages) {

    /** Where the REST resources answer, e.g. {@code /rest/agenda/1.0}. */
    String restBase() {
        return "/rest" + restPath + "/" + restVersion;
    }

    /** The descriptor in the jar the plugin's classes come from. */
    static PluginDescriptor ofPlugin() {
        URL macroClass = AgendaMacro.class.getResource(AgendaMacro.class.getSimpleName() + ".class");
        String classPath = AgendaMacro.class.getName().replace('.', '/') + ".class";
        String root = macroClass.toString().substring(0, macroClass.toString().length() - classPath.length());
        try (InputStream in = URI.create(root + "atlassian-plugin.xml").toURL().openStream()) {
            return read(in);
        } catch (IOException e) {
            throw new PreviewException("The plugin's descriptor atlassian-plugin.xml could not be read beside "
                    + macroClass + ": " + e.getMessage());
        }
    }

    static PluginDescriptor read(InputStream descriptor) throws IOException {
        Document document = parse(descriptor);
        NodeList modules = document.getDocumentElement().getElementsByTagName("rest");
        if (modules.getLength() != 1) {
            throw new IOException("atlassian-plugin.xml declares " + modules.getLength() + " rest modules; the"
                    + " preview serves exactly one");
        }
        Element rest = (Element) modules.item(0);
        List<String> packages = new ArrayList<>();
        NodeList declared = rest.getElementsByTagName("package");
        for (int i = 0; i < declared.getLength(); i++) {
            packages.add(declared.item(i).getTextContent().strip());
        }
        if (packages.isEmpty()) {
            throw new IOException("the rest module of atlassian-plugin.xml names no package of resources");
        }
        return new PluginDescriptor(rest.getAttribute("path"), rest.getAttribute("version"), List.copyOf(packages));
    }

    /** The descriptor as a document, read without a DOCTYPE or external entities; an IOException if it is not XML. */
    static Document parse(InputStream descriptor) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(descriptor);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("atlassian-plugin.xml is not well-formed: " + e.getMessage(), e);
        }
    }
}
