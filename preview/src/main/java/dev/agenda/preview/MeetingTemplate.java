package dev.agenda.preview;

import dev.agenda.confluence.macro.AgendaMacro;
import dev.agenda.core.render.HtmlWriter;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The "Meeting agenda" page template, the same one Confluence's Create dialog offers: the storage format of the
 * plugin descriptor's {@code content-template} resource, read from the plugin jar beside the macro class. A new page is
 * that template with the meeting's title as its first heading and the agenda's date and time zone filled in, as an
 * author would fill them in Confluence's editor. Immutable.
 */
final class MeetingTemplate {

    /** The template's empty date parameter, which a new page fills in. */
    static final String EMPTY_DATE = "<ac:parameter ac:name=\"date\"></ac:parameter>";

    private final String storage;

    MeetingTemplate(String storage) {
        if (!storage.contains(EMPTY_DATE)) {
            throw new PreviewException("The meeting template has no empty date parameter (" + EMPTY_DATE + ") to"
                    + " fill in; it cannot make a page for a date.");
        }
        this.storage = storage;
    }

    /** The template the plugin jar declares, found as Confluence finds it: through atlassian-plugin.xml. */
    static MeetingTemplate ofPlugin() {
        URL macroClass = AgendaMacro.class.getResource(AgendaMacro.class.getSimpleName() + ".class");
        String classPath = AgendaMacro.class.getName().replace('.', '/') + ".class";
        String root = macroClass.toString().substring(0, macroClass.toString().length() - classPath.length());
        try {
            String location;
            try (InputStream in =
                    URI.create(root + "atlassian-plugin.xml").toURL().openStream()) {
                location = templateLocation(in);
            }
            try (InputStream in = URI.create(root + location).toURL().openStream()) {
                return new MeetingTemplate(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new PreviewException("The meeting page template could not be read from the plugin beside "
                    + macroClass + ": " + e.getMessage());
        }
    }

    /** The location of the descriptor's one {@code content-template} module's {@code template} resource. */
    static String templateLocation(InputStream descriptor) throws IOException {
        Document document = PluginDescriptor.parse(descriptor);
        NodeList modules = document.getDocumentElement().getChildNodes();
        for (int i = 0; i < modules.getLength(); i++) {
            Node module = modules.item(i);
            if (module instanceof Element element && element.getTagName().equals("content-template")) {
                NodeList resources = element.getElementsByTagName("resource");
                for (int j = 0; j < resources.getLength(); j++) {
                    Element resource = (Element) resources.item(j);
                    if (resource.getAttribute("name").equals("template")) {
                        return resource.getAttribute("location");
                    }
                }
            }
        }
        throw new IOException("atlassian-plugin.xml declares no content-template with a template resource");
    }

    /** A new meeting page: the title as its heading, the agenda on the date, in the zone. */
    String page(String title, LocalDate date, ZoneId zone) {
        String heading = new HtmlWriter().element("h1", title).toSafeHtml().toString();
        String filled = storage.replace(
                EMPTY_DATE,
                "<ac:parameter ac:name=\"date\">" + date + "</ac:parameter>\n<ac:parameter ac:name=\"timezone\">"
                        + HtmlWriter.escape(zone.getId()) + "</ac:parameter>");
        return heading + "\n" + filled;
    }
}
