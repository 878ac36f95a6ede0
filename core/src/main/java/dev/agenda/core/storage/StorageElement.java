package dev.agenda.core.storage;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * An element of a storage-format document. Names keep their prefix as written ({@code ac:task},
 * {@code ri:user}, {@code td}); storage format does not declare its namespaces, so prefixes are part of the name.
 * Attribute order is kept. Instances are built by {@link StorageFormatParser} and are not modified afterwards.
 */
public final class StorageElement implements StorageNode {

    private final String name;
    private final Map<String, String> attributes;
    private final List<StorageNode> children = new ArrayList<>();
    private final SourcePosition position;

    public StorageElement(String name, Map<String, String> attributes, SourcePosition position) {
        this.name = Objects.requireNonNull(name, "name");
        this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        this.position = Objects.requireNonNull(position, "position");
    }

    void append(StorageNode child) {
        children.add(child);
    }

    public String name() {
        return name;
    }

    public boolean is(String elementName) {
        return name.equals(elementName);
    }

    public Map<String, String> attributes() {
        return attributes;
    }

    /** The attribute's value, or empty if the element does not have it. */
    public Optional<String> attribute(String attributeName) {
        return Optional.ofNullable(attributes.get(attributeName));
    }

    public SourcePosition position() {
        return position;
    }

    public List<StorageNode> children() {
        return Collections.unmodifiableList(children);
    }

    /** The direct child elements, in document order. */
    public List<StorageElement> childElements() {
        List<StorageElement> elements = new ArrayList<>();
        for (StorageNode child : children) {
            if (child instanceof StorageElement element) {
                elements.add(element);
            }
        }
        return elements;
    }

    /** The direct child elements with the given name, in document order. */
    public List<StorageElement> childElements(String elementName) {
        List<StorageElement> elements = new ArrayList<>();
        for (StorageElement child : childElements()) {
            if (child.is(elementName)) {
                elements.add(child);
            }
        }
        return elements;
    }

    /** The first direct child element with the given name. */
    public Optional<StorageElement> firstChild(String elementName) {
        for (StorageElement child : childElements()) {
            if (child.is(elementName)) {
                return Optional.of(child);
            }
        }
        return Optional.empty();
    }

    /** Every element below this one (not this one), depth first, in document order. */
    public List<StorageElement> descendants() {
        List<StorageElement> found = new ArrayList<>();
        visitDescendants(found::add);
        return found;
    }

    /** Every element below this one with the given name, depth first, in document order. */
    public List<StorageElement> descendants(String elementName) {
        List<StorageElement> found = new ArrayList<>();
        visitDescendants(element -> {
            if (element.is(elementName)) {
                found.add(element);
            }
        });
        return found;
    }

    /** Calls the visitor for every element below this one, depth first, in document order, without recursion. */
    public void visitDescendants(Consumer<StorageElement> visitor) {
        ArrayDeque<Iterator<StorageNode>> stack = new ArrayDeque<>();
        stack.push(children.iterator());
        while (!stack.isEmpty()) {
            Iterator<StorageNode> iterator = stack.peek();
            if (!iterator.hasNext()) {
                stack.pop();
                continue;
            }
            if (iterator.next() instanceof StorageElement element) {
                visitor.accept(element);
                stack.push(element.children.iterator());
            }
        }
    }

    /**
     * The value of a Confluence macro parameter, {@code <ac:parameter ac:name="key">value</ac:parameter>},
     * when this element is a macro. Blank values count as absent.
     */
    public Optional<String> macroParameter(String parameterName) {
        for (StorageElement parameter : childElements("ac:parameter")) {
            if (parameter.attribute("ac:name").filter(parameterName::equals).isPresent()) {
                String value = parameter.textContent().strip();
                return value.isEmpty() ? Optional.empty() : Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** True for a macro element ({@code ac:structured-macro} or the older {@code ac:macro}) of the given name. */
    public boolean isMacro(String macroName) {
        return (is("ac:structured-macro") || is("ac:macro"))
                && attribute("ac:name").filter(macroName::equals).isPresent();
    }

    @Override
    public String textContent() {
        StringBuilder text = new StringBuilder();
        appendText(this, text);
        return text.toString();
    }

    private static void appendText(StorageElement element, StringBuilder text) {
        for (StorageNode child : element.children) {
            if (child instanceof StorageText run) {
                text.append(run.text());
            } else if (child instanceof StorageElement nested) {
                appendText(nested, text);
            }
        }
    }

    @Override
    public String toString() {
        return "<" + name + "> at " + position;
    }
}
