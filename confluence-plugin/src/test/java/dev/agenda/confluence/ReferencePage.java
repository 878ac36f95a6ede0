package dev.agenda.confluence;

import dev.agenda.core.storage.StorageElement;
import dev.agenda.core.storage.StorageFormatParser;
import dev.agenda.core.storage.StorageNode;
import dev.agenda.core.storage.StorageWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** The reference meeting page from the repository's examples folder, and its agenda macros as Confluence passes them. */
public final class ReferencePage {

    private ReferencePage() {
    }

    public static String storage() {
        try {
            return Files.readString(Path.of("..", "examples", "dmlt-f2f-2017-11.xml"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The n-th agenda macro's rich-text body, in storage format, as Confluence passes it to execute(). */
    public static String agendaBody(int index) {
        StringBuilder body = new StringBuilder();
        for (StorageNode node : agendaMacro(index).firstChild("ac:rich-text-body").orElseThrow().children()) {
            body.append(StorageWriter.write(node));
        }
        return body.toString();
    }

    /** The n-th agenda macro's parameters, as Confluence passes them to execute(). */
    public static Map<String, String> agendaParameters(int index) {
        Map<String, String> parameters = new TreeMap<>();
        for (StorageElement parameter : agendaMacro(index).childElements("ac:parameter")) {
            parameters.put(parameter.attribute("ac:name").orElseThrow(), parameter.textContent());
        }
        return parameters;
    }

    private static StorageElement agendaMacro(int index) {
        try {
            return new StorageFormatParser().parse(storage()).descendants().stream()
                    .filter(element -> element.isMacro("agenda")).toList().get(index);
        } catch (dev.agenda.core.storage.StorageFormatException e) {
            throw new AssertionError(e);
        }
    }
}
