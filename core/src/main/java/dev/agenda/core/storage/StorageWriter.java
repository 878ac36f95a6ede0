package dev.agenda.core.storage;

import java.util.Map;

/**
 * Writes parsed storage format back out as storage-format XML, so that a piece the app does not render itself
 * can be handed to the host product to render. Text and attribute values are escaped; names are written as read.
 */
public final class StorageWriter {

    private StorageWriter() {}

    public static String write(StorageNode node) {
        StringBuilder xml = new StringBuilder();
        write(node, xml);
        return xml.toString();
    }

    private static void write(StorageNode node, StringBuilder xml) {
        if (node instanceof StorageText text) {
            escape(text.text(), xml);
            return;
        }
        StorageElement element = (StorageElement) node;
        xml.append('<').append(element.name());
        for (Map.Entry<String, String> attribute : element.attributes().entrySet()) {
            xml.append(' ').append(attribute.getKey()).append("=\"");
            escape(attribute.getValue(), xml);
            xml.append('"');
        }
        if (element.children().isEmpty()) {
            xml.append(" />");
            return;
        }
        xml.append('>');
        for (StorageNode child : element.children()) {
            write(child, xml);
        }
        xml.append("</").append(element.name()).append('>');
    }

    private static void escape(String text, StringBuilder xml) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> xml.append("&amp;");
                case '<' -> xml.append("&lt;");
                case '>' -> xml.append("&gt;");
                case '"' -> xml.append("&quot;");
                default -> xml.append(c);
            }
        }
    }
}
