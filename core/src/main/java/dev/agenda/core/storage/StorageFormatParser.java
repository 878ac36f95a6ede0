package dev.agenda.core.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads Confluence storage format: the XHTML-based page body Confluence stores, a fragment (many top-level
 * nodes) that uses the {@code ac:} and {@code ri:} prefixes without declaring them and HTML's named entities
 * (<code>&amp;nbsp;</code>, <code>&amp;mdash;</code>) without a DTD.
 *
 * <p>The fragment is wrapped in a root element whose internal DTD subset declares the XHTML entities, and read
 * with the JDK's own StAX parser, namespace-unaware (so prefixes stay part of names) and with external
 * entities and external DTDs refused. The page itself cannot declare a DTD (a DOCTYPE inside the wrapper is
 * malformed), so it cannot define entities of its own. Nesting depth and input size are bounded.
 *
 * <p>Positions in results and errors are those of the caller's source: the wrapper sits on the first line
 * and is subtracted from first-line columns. Thread-safe and reusable.
 */
public final class StorageFormatParser {

    /** Deeper nesting than this is refused; real pages stay far below it. */
    public static final int DEFAULT_MAX_DEPTH = 1_000;
    /** Larger sources than this (in characters) are refused before parsing. */
    public static final int DEFAULT_MAX_CHARS = 32 * 1024 * 1024;

    private static final String ROOT = "agenda-storage-root";
    private static final String PREFIX = "<!DOCTYPE " + ROOT + " [" + entityDeclarations() + "]><" + ROOT + ">";
    private static final String SUFFIX = "</" + ROOT + ">";
    private static final Pattern XML_DECLARATION = Pattern.compile("^\\s*<\\?xml[^>]*\\?>");
    private static final Pattern DOCTYPE = Pattern.compile("<!(DOCTYPE|ENTITY)", Pattern.CASE_INSENSITIVE);
    private static final Pattern JDK_MESSAGE = Pattern.compile("(?s).*?Message:\\s*(.*)");

    private final XMLInputFactory factory;
    private final int maxDepth;
    private final int maxChars;

    public StorageFormatParser() {
        this(DEFAULT_MAX_DEPTH, DEFAULT_MAX_CHARS);
    }

    public StorageFormatParser(int maxDepth, int maxChars) {
        this.maxDepth = maxDepth;
        this.maxChars = maxChars;
        this.factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, true);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external resources are not read (" + systemId + ")");
        });
    }

    /**
     * Parses a storage-format fragment.
     *
     * @return a synthetic root element (named {@value #ROOT}) whose children are the fragment's top-level nodes
     * @throws StorageFormatException if the source is not well-formed or exceeds a limit
     */
    public StorageElement parse(String storage) throws StorageFormatException {
        if (storage.length() > maxChars) {
            throw new StorageFormatException(
                    "the page is " + storage.length() + " characters long; at most " + maxChars + " are read",
                    SourcePosition.UNKNOWN);
        }
        String source = withoutDeclaration(storage);
        rejectDoctype(source);
        StorageElement root = new StorageElement(ROOT, Map.of(), new SourcePosition(1, 1));
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new StringReader(PREFIX + source + SUFFIX));
            build(reader, root);
            return root;
        } catch (XMLStreamException e) {
            throw new StorageFormatException(describe(e), toSourcePosition(e.getLocation()));
        } finally {
            closeQuietly(reader);
        }
    }

    private void build(XMLStreamReader reader, StorageElement root) throws XMLStreamException, StorageFormatException {
        Deque<StorageElement> open = new ArrayDeque<>();
        StringBuilder pendingText = new StringBuilder();
        boolean rootSeen = false;
        // Events are contiguous, so an element starts where the previous event ended; after text the JDK's
        // location already counts the '<' it looked ahead at.
        SourcePosition previousEnd = SourcePosition.UNKNOWN;
        boolean previousWasText = false;
        while (reader.hasNext()) {
            int event = reader.next();
            SourcePosition eventStart = previousWasText
                    ? new SourcePosition(previousEnd.line(), Math.max(1, previousEnd.column() - 1))
                    : previousEnd;
            previousEnd = toSourcePosition(reader.getLocation());
            previousWasText = event == XMLStreamConstants.CHARACTERS
                    || event == XMLStreamConstants.SPACE
                    || event == XMLStreamConstants.CDATA;
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if (!rootSeen) {
                        rootSeen = true;
                        open.push(root);
                        continue;
                    }
                    flushText(open.peek(), pendingText);
                    SourcePosition position = eventStart;
                    if (open.size() > maxDepth) {
                        throw new StorageFormatException(
                                "elements are nested more than " + maxDepth + " deep", position);
                    }
                    StorageElement element = new StorageElement(reader.getLocalName(), attributesOf(reader), position);
                    open.peek().append(element);
                    open.push(element);
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    flushText(open.peek(), pendingText);
                    open.pop();
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (!open.isEmpty()) {
                        pendingText.append(reader.getText());
                    }
                }
                default -> {
                    // comments, processing instructions and the wrapper's DTD carry no content
                }
            }
        }
    }

    /** Whitespace between top-level blocks carries nothing (and includes the blanked XML declaration). */
    private static void flushText(StorageElement parent, StringBuilder pendingText) {
        boolean insignificant =
                parent != null && parent.is(ROOT) && pendingText.toString().isBlank();
        if (pendingText.length() > 0 && parent != null && !insignificant) {
            parent.append(new StorageText(pendingText.toString()));
        }
        pendingText.setLength(0);
    }

    private static Map<String, String> attributesOf(XMLStreamReader reader) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            // Without namespace awareness the JDK still splits attribute names (not element names) at the colon.
            String prefix = reader.getAttributePrefix(i);
            String name = prefix == null || prefix.isEmpty()
                    ? reader.getAttributeLocalName(i)
                    : prefix + ":" + reader.getAttributeLocalName(i);
            attributes.put(name, reader.getAttributeValue(i));
        }
        return attributes;
    }

    /** Blanks out an XML declaration rather than removing it, so that columns on line 1 do not move. */
    private static String withoutDeclaration(String storage) {
        String source = storage.startsWith("\uFEFF") ? storage.substring(1) : storage;
        Matcher declaration = XML_DECLARATION.matcher(source);
        if (declaration.find()) {
            return " ".repeat(declaration.end()) + source.substring(declaration.end());
        }
        return source;
    }

    /** A DTD would let the page declare entities; the JDK's message for one inside the wrapper is opaque. */
    private static void rejectDoctype(String source) throws StorageFormatException {
        Matcher doctype = DOCTYPE.matcher(source);
        if (doctype.find()) {
            throw new StorageFormatException(
                    "a DOCTYPE declaration is not allowed in storage format (DTDs and "
                            + "entity declarations are not read)",
                    positionOf(source, doctype.start()));
        }
    }

    private static SourcePosition positionOf(String source, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (source.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourcePosition(line, offset - lineStart + 1);
    }

    private static SourcePosition toSourcePosition(Location location) {
        if (location == null || location.getLineNumber() < 1) {
            return SourcePosition.UNKNOWN;
        }
        int line = location.getLineNumber();
        int column = Math.max(1, location.getColumnNumber());
        if (line == 1) {
            column = Math.max(1, column - PREFIX.length());
        }
        return new SourcePosition(line, column);
    }

    private static String describe(XMLStreamException e) {
        String message = e.getMessage() == null ? "malformed XML" : e.getMessage();
        Matcher jdkMessage = JDK_MESSAGE.matcher(message);
        String problem = jdkMessage.matches() ? jdkMessage.group(1).strip() : message.strip();
        return problem.replace(ROOT, "page");
    }

    private static void closeQuietly(@Nullable XMLStreamReader reader) {
        if (reader == null) {
            return;
        }
        try {
            reader.close();
        } catch (XMLStreamException ignored) {
            // nothing was written; nothing to lose
        }
    }

    private static String entityDeclarations() {
        Properties entities = new Properties();
        try (InputStream in = StorageFormatParser.class.getResourceAsStream("xhtml-entities.properties")) {
            if (in == null) {
                throw new IllegalStateException("xhtml-entities.properties is missing from the classpath");
            }
            entities.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder declarations = new StringBuilder();
        new TreeMap<>(entities)
                .forEach((name, codePoint) -> declarations
                        .append("<!ENTITY ")
                        .append(name)
                        .append(" \"&#")
                        .append(codePoint)
                        .append(";\">"));
        return declarations.toString();
    }
}
