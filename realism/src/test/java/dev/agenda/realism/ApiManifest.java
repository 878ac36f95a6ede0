package dev.agenda.realism;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The committed list of every Atlassian type and member the plugin (and the preview, and the tests, through the
 * stand-ins) uses, each as documented: {@code docs/ATLASSIAN-API.md}, the table under its "## Manifest" heading. One
 * row per type or member:
 * {@code | owner | kind | member | static | throws | used by | documented at |}, where owner is a binary class name
 * ({@code com.atlassian.confluence.macro.Macro$BodyType}), kind one of {@link Kind}'s words, and member written as Java
 * declares it with erased, fully qualified types: {@code java.lang.String execute(java.util.Map, …)} for a method,
 * {@code (java.lang.String)} for a constructor, {@code com.atlassian….Permission VIEW} for a field, the name for an
 * enum constant, the declared supertypes for a type ({@code extends a.B, c.D} or {@code —}), and
 * {@code RUNTIME; TYPE, METHOD} (retention; targets) for an annotation.
 */
final class ApiManifest {

    /** What a row describes. */
    enum Kind {
        INTERFACE("interface"),
        CLASS("class"),
        ABSTRACT_CLASS("abstract class"),
        FINAL_CLASS("final class"),
        ENUM("enum"),
        ANNOTATION("annotation"),
        METHOD("method"),
        CONSTRUCTOR("constructor"),
        FIELD("field"),
        ENUM_CONSTANT("enum constant");

        final String word;

        Kind(String word) {
            this.word = word;
        }

        boolean isType() {
            return ordinal() <= ANNOTATION.ordinal();
        }

        static Kind of(String word, int line) {
            return Arrays.stream(values())
                    .filter(kind -> kind.word.equals(word))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("line " + line + ": unknown kind '" + word + "'"));
        }
    }

    /** One row. {@code name} and {@code descriptor} are the JVM's, for members; {@code supertypes} for types. */
    record Entry(
            String owner,
            Kind kind,
            String member,
            String name,
            String descriptor,
            List<String> supertypes,
            boolean isStatic,
            List<String> exceptions,
            Set<String> usedBy,
            String documentedAt,
            int line) {

        String describe() {
            return owner + " " + kind.word + " " + member + " (docs/ATLASSIAN-API.md line " + line + ")";
        }
    }

    private static final Map<String, String> PRIMITIVES = Map.of(
            "void", "V", "boolean", "Z", "byte", "B", "char", "C", "short", "S", "int", "I", "long", "J", "float", "F",
            "double", "D");

    final List<Entry> entries;

    private ApiManifest(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    static Path location() {
        return Path.of(System.getProperty("api.manifest", "../docs/ATLASSIAN-API.md"));
    }

    static ApiManifest read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Entry> entries = new ArrayList<>();
        boolean inManifest = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("#")) {
                inManifest = line.equals("## Manifest");
                continue;
            }
            if (!inManifest || !line.startsWith("|") || line.startsWith("|---") || line.startsWith("| owner ")) {
                continue;
            }
            entries.add(row(line, i + 1));
        }
        if (entries.isEmpty()) {
            throw new IllegalArgumentException(file + " has no rows under a '## Manifest' heading");
        }
        return new ApiManifest(entries);
    }

    private static Entry row(String line, int number) {
        String[] cells =
                line.substring(1, line.length() - (line.endsWith("|") ? 1 : 0)).split("\\|", -1);
        if (cells.length != 7) {
            throw new IllegalArgumentException(
                    "line " + number + ": a manifest row has 7 cells, this one " + cells.length + ": " + line);
        }
        String owner = code(cells[0]);
        Kind kind = Kind.of(code(cells[1]), number);
        String member = code(cells[2]);
        boolean isStatic = switch (code(cells[3])) {
            case "static" -> true;
            case "" -> false;
            default ->
                throw new IllegalArgumentException("line " + number + ": 'static' or nothing, not " + cells[3].strip());
        };
        List<String> exceptions = list(code(cells[4]));
        Set<String> usedBy = Set.copyOf(list(code(cells[5])));
        if (usedBy.isEmpty() || !Set.of("plugin", "preview", "tests", "none").containsAll(usedBy)) {
            throw new IllegalArgumentException("line " + number + ": 'used by' names plugin, preview or tests (or"
                    + " none, for what a stand-in declares to be whole as documented), not " + cells[5].strip());
        }
        String documentedAt = cells[6].strip();
        if (!documentedAt.contains("http")) {
            throw new IllegalArgumentException("line " + number + ": every row cites where it is documented");
        }
        String name = "";
        String descriptor = "";
        List<String> supertypes = List.of();
        switch (kind) {
            case METHOD -> {
                int open = member.indexOf('(');
                String[] head = member.substring(0, open).strip().split("\\s+");
                if (head.length != 2) {
                    throw new IllegalArgumentException("line " + number + ": a method reads 'ReturnType name(...)'");
                }
                name = head[1];
                descriptor = parameters(member.substring(open), number) + descriptorOf(head[0]);
            }
            case CONSTRUCTOR -> {
                name = "<init>";
                descriptor = parameters(member, number) + "V";
            }
            case FIELD -> {
                String[] parts = member.split("\\s+");
                name = parts[1];
                descriptor = descriptorOf(parts[0]);
            }
            case ENUM_CONSTANT -> {
                name = member;
                descriptor = "L" + owner.replace('.', '/') + ";";
            }
            case ANNOTATION -> supertypes = List.of();
            default -> supertypes = member.equals("—") ? List.of() : list(member.replaceFirst("^extends\\s+", ""));
        }
        return new Entry(
                owner, kind, member, name, descriptor, supertypes, isStatic, exceptions, usedBy, documentedAt, number);
    }

    /** {@code (a.B, int)} as a descriptor's parameter part, {@code (La/B;I)}. */
    private static String parameters(String list, int number) {
        if (!list.startsWith("(") || !list.endsWith(")")) {
            throw new IllegalArgumentException("line " + number + ": parameters are written '(a.B, c.D)'");
        }
        return list(list.substring(1, list.length() - 1)).stream()
                .map(ApiManifest::descriptorOf)
                .collect(Collectors.joining("", "(", ")"));
    }

    static String descriptorOf(String javaType) {
        if (javaType.endsWith("[]")) {
            return "[" + descriptorOf(javaType.substring(0, javaType.length() - 2));
        }
        String primitive = PRIMITIVES.get(javaType);
        if (primitive != null) {
            return primitive;
        }
        if (!javaType.contains(".")) {
            throw new IllegalArgumentException("types are fully qualified: " + javaType);
        }
        return "L" + javaType.replace('.', '/') + ";";
    }

    private static String code(String cell) {
        return cell.strip().replace("`", "");
    }

    private static List<String> list(String text) {
        return text.isBlank()
                ? List.of()
                : Arrays.stream(text.split(",")).map(String::strip).toList();
    }

    Optional<Entry> type(String binaryName) {
        return entries.stream()
                .filter(entry -> entry.kind().isType() && entry.owner().equals(binaryName))
                .findFirst();
    }

    List<Entry> membersOf(String binaryName) {
        return entries.stream()
                .filter(entry -> !entry.kind().isType() && entry.owner().equals(binaryName))
                .toList();
    }

    Optional<Entry> member(String binaryName, String name, String descriptor) {
        return membersOf(binaryName).stream()
                .filter(entry -> entry.name().equals(name) && entry.descriptor().equals(descriptor))
                .findFirst();
    }

    /**
     * The row a use of {@code owner.name descriptor} links to, as the JVM resolves it: the owner's own row, else a row
     * of a supertype the manifest lists for it, nearest first. Empty when none has it (a JDK supertype may; see
     * {@link #jdkSupertypes}).
     */
    Optional<Entry> resolve(String owner, String name, String descriptor) {
        Optional<Entry> own = member(owner, name, descriptor);
        if (own.isPresent()) {
            return own;
        }
        for (String supertype : type(owner).map(Entry::supertypes).orElse(List.of())) {
            Optional<Entry> inherited = resolve(supertype, name, descriptor);
            if (inherited.isPresent()) {
                return inherited;
            }
        }
        return Optional.empty();
    }

    /** The JDK types ({@code java.…}) among an owner's supertypes as the manifest lists them, transitively. */
    List<String> jdkSupertypes(String owner) {
        List<String> found = new ArrayList<>();
        for (String supertype : type(owner).map(Entry::supertypes).orElse(List.of())) {
            if (supertype.startsWith("java.")) {
                found.add(supertype);
            } else {
                found.addAll(jdkSupertypes(supertype));
            }
        }
        return found;
    }

    /** The owner of an internal name ({@code com/atlassian/x/Y$Z}) as the manifest writes it. */
    static String binaryName(String internalName) {
        return internalName.replace('/', '.');
    }

    static String word(Kind kind) {
        return kind.word.toLowerCase(Locale.ROOT);
    }
}
