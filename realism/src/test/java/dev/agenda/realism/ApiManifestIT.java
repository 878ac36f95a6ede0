package dev.agenda.realism;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Holds the built plugin jar to the API manifest, {@code docs/ATLASSIAN-API.md}: every Atlassian type and member its
 * classes (embedded jars included) and its Spring context name must be a row there, used as the row says (static or
 * not, on an interface or a class, with that exact erased signature); every Atlassian interface it implements must
 * have each documented method implemented; and a row the plugin no longer uses must say so. The preview host's jar is
 * held to the rows marked {@code preview} the same way, so the manifest says truly what each uses.
 */
public class ApiManifestIT {

    private static ApiManifest manifest;
    private static AtlassianReferences references;
    private static Set<String> springReferences;
    private static AtlassianReferences preview;

    @BeforeClass
    public static void read() throws Exception {
        manifest = ApiManifest.read(ApiManifest.location());
        references = AtlassianReferences.of(PluginJar.classFiles());
        springReferences = springInterfaces();
        String previewJar = System.getProperty("preview.jar");
        preview = AtlassianReferences.of(PluginJar.classFiles(java.nio.file.Path.of(previewJar)));
    }

    @Test
    public void everyAtlassianTypeThePluginNamesIsInTheManifest() {
        Set<String> missing = new TreeSet<>();
        for (AtlassianReferences.TypeUse use : both()) {
            if (manifest.type(ApiManifest.binaryName(use.type())).isEmpty()) {
                missing.add(ApiManifest.binaryName(use.type()) + " (named by " + use.where() + ")");
            }
        }
        for (String type : springReferences) {
            if (manifest.type(type).isEmpty()) {
                missing.add(type + " (named by META-INF/spring/agenda-context.xml)");
            }
        }
        assertEquals("Atlassian types the plugin names that docs/ATLASSIAN-API.md does not list", Set.of(), missing);
    }

    @Test
    public void everyMemberThePluginUsesIsInTheManifestAndUsedAsDocumented() {
        List<String> problems = new ArrayList<>();
        List<AtlassianReferences.MemberUse> uses = new ArrayList<>(references.members);
        uses.addAll(preview.members);
        for (AtlassianReferences.MemberUse use : uses) {
            String owner = ApiManifest.binaryName(use.owner());
            if (use.method() && isObjectMethod(use.name(), use.descriptor())) {
                continue;
            }
            Optional<ApiManifest.Entry> entry = manifest.resolve(owner, use.name(), use.descriptor());
            if (entry.isEmpty()) {
                if (!inheritedFromTheJdk(owner, use)) {
                    problems.add("not in the manifest: " + owner + "." + use.name() + use.descriptor() + " (used by "
                            + use.where() + ")");
                }
                continue;
            }
            if (entry.get().isStatic() != use.isStatic()) {
                problems.add((use.isStatic() ? "called as static" : "called on an instance") + " but documented "
                        + (entry.get().isStatic() ? "static" : "not static") + ": "
                        + entry.get().describe() + " (by "
                        + use.where() + ")");
            }
            Optional<ApiManifest.Entry> type = manifest.type(owner);
            boolean documentedInterface = type.isPresent()
                    && (type.get().kind() == ApiManifest.Kind.INTERFACE
                            || type.get().kind() == ApiManifest.Kind.ANNOTATION);
            if (use.method() && use.onInterface() != documentedInterface) {
                problems.add("called as a member of " + (use.onInterface() ? "an interface" : "a class") + " but "
                        + owner + " is documented as "
                        + type.map(t -> ApiManifest.word(t.kind())).orElse("nothing")
                        + " (by " + use.where() + ")");
            }
        }
        List<AtlassianReferences.ConstantUse> constants = new ArrayList<>(references.constants);
        constants.addAll(preview.constants);
        for (AtlassianReferences.ConstantUse use : constants) {
            String owner = ApiManifest.binaryName(use.owner());
            boolean listed = manifest.membersOf(owner).stream()
                    .anyMatch(entry -> entry.kind() == ApiManifest.Kind.ENUM_CONSTANT
                            && entry.name().equals(use.name()));
            if (!listed) {
                problems.add("enum constant not in the manifest: " + owner + "." + use.name() + " (named by "
                        + use.where() + ")");
            }
        }
        assertEquals(
                "Atlassian members the plugin uses otherwise than docs/ATLASSIAN-API.md says", List.of(), problems);
    }

    /**
     * Whether a member used on an Atlassian type is one of a JDK supertype the manifest lists for it (such as
     * {@code ClusterLock.tryLock}, from {@code java.util.concurrent.locks.Lock}), with that exact signature.
     */
    private static boolean inheritedFromTheJdk(String owner, AtlassianReferences.MemberUse use) {
        for (String jdkType : manifest.jdkSupertypes(owner)) {
            try {
                Class<?> type = Class.forName(jdkType);
                for (java.lang.reflect.Method method : type.getMethods()) {
                    if (method.getName().equals(use.name())
                            && org.objectweb.asm.Type.getMethodDescriptor(method)
                                    .equals(use.descriptor())) {
                        return true;
                    }
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(jdkType + " is listed as a supertype but is not in the JDK", e);
            }
        }
        return false;
    }

    @Test
    public void everyAtlassianInterfaceThePluginImplementsHasEachDocumentedMethodImplemented() {
        List<String> problems = new ArrayList<>();
        problems.addAll(unimplemented(references));
        problems.addAll(unimplemented(preview));
        assertEquals(
                "documented methods the plugin's and the preview's implementations of Atlassian interfaces lack",
                List.of(),
                problems);
    }

    private static List<String> unimplemented(AtlassianReferences in) {
        List<String> problems = new ArrayList<>();
        for (AtlassianReferences.Implementation implementation : in.implementations) {
            for (String supertype : atlassianSupertypes(implementation)) {
                Optional<ApiManifest.Entry> type = manifest.type(ApiManifest.binaryName(supertype));
                if (type.isEmpty() || type.get().kind() != ApiManifest.Kind.INTERFACE) {
                    continue;
                }
                for (ApiManifest.Entry method : abstractMethods(type.get())) {
                    if (!implementsMethod(in, implementation.className(), method.name() + method.descriptor())) {
                        problems.add(implementation.className().replace('/', '.') + " implements "
                                + type.get().owner() + " but not " + method.member() + " (line " + method.line()
                                + ")");
                    }
                }
            }
        }
        return problems;
    }

    @Test
    public void everyRowMarkedAsUsedByThePluginIsStillUsedByIt() {
        assertMarkedAsUsed("plugin", references, springReferences);
    }

    @Test
    public void everyRowMarkedAsUsedByThePreviewIsStillUsedByIt() {
        assertMarkedAsUsed("preview", preview, Set.of());
    }

    /** The rows marked {@code user} are exactly those {@code in} uses (types it names, members it resolves to). */
    private static void assertMarkedAsUsed(String user, AtlassianReferences in, Set<String> alsoNamed) {
        Set<String> usedTypes = new LinkedHashSet<>(alsoNamed);
        in.types.forEach(use -> usedTypes.add(ApiManifest.binaryName(use.type())));
        // The JVM loads a type's supertypes with it, so those the manifest lists are used as well.
        for (String type : List.copyOf(usedTypes)) {
            addSupertypes(type, usedTypes);
        }
        Set<ApiManifest.Entry> usedRows = new LinkedHashSet<>();
        in.members.forEach(use -> manifest.resolve(ApiManifest.binaryName(use.owner()), use.name(), use.descriptor())
                .ifPresent(usedRows::add));
        in.constants.forEach(use -> manifest.membersOf(ApiManifest.binaryName(use.owner())).stream()
                .filter(entry -> entry.kind() == ApiManifest.Kind.ENUM_CONSTANT
                        && entry.name().equals(use.name()))
                .forEach(usedRows::add));
        // Implementing an interface uses its methods; extending a class uses only what the subclass calls.
        in.implementations.forEach(implementation -> atlassianSupertypes(implementation)
                .forEach(type -> manifest.type(ApiManifest.binaryName(type))
                        .filter(entry -> entry.kind() == ApiManifest.Kind.INTERFACE)
                        .ifPresent(entry -> usedRows.addAll(abstractMethods(entry)))));
        List<String> stale = new ArrayList<>();
        List<String> unmarked = new ArrayList<>();
        for (ApiManifest.Entry entry : manifest.entries) {
            boolean used = entry.kind().isType() ? usedTypes.contains(entry.owner()) : usedRows.contains(entry);
            if (entry.usedBy().contains(user) && !used) {
                stale.add(entry.describe());
            } else if (!entry.usedBy().contains(user) && used) {
                unmarked.add(entry.describe());
            }
        }
        assertEquals("rows marked '" + user + "' in docs/ATLASSIAN-API.md that it no longer uses", List.of(), stale);
        assertEquals(
                "rows " + user + " uses that docs/ATLASSIAN-API.md does not mark '" + user + "'", List.of(), unmarked);
    }

    private static void addSupertypes(String type, Set<String> into) {
        for (String supertype :
                manifest.type(type).map(ApiManifest.Entry::supertypes).orElse(List.of())) {
            if (into.add(supertype)) {
                addSupertypes(supertype, into);
            }
        }
    }

    /** The manifest's non-static methods of an interface and of the interfaces it is documented to extend. */
    private static List<ApiManifest.Entry> abstractMethods(ApiManifest.Entry type) {
        List<ApiManifest.Entry> methods = new ArrayList<>(manifest.membersOf(type.owner()).stream()
                .filter(entry -> entry.kind() == ApiManifest.Kind.METHOD && !entry.isStatic())
                .toList());
        for (String supertype : type.supertypes()) {
            manifest.type(supertype)
                    .filter(entry -> entry.kind() == ApiManifest.Kind.INTERFACE)
                    .ifPresent(entry -> methods.addAll(abstractMethods(entry)));
        }
        return methods;
    }

    private static Set<String> atlassianSupertypes(AtlassianReferences.Implementation implementation) {
        Set<String> types = new LinkedHashSet<>();
        if (AtlassianReferences.isAtlassian(implementation.superName())) {
            types.add(implementation.superName());
        }
        implementation.interfaces().stream()
                .filter(AtlassianReferences::isAtlassian)
                .forEach(types::add);
        return types;
    }

    /** Whether the class, or a superclass of it inside the same jar, declares the method concretely. */
    private static boolean implementsMethod(AtlassianReferences in, String className, String nameAndDescriptor) {
        for (String current = className; current != null; ) {
            AtlassianReferences.Implementation known = in.classes.get(current);
            if (known == null) {
                return false;
            }
            if (known.methods().contains(nameAndDescriptor)) {
                return true;
            }
            current = known.superName();
        }
        return false;
    }

    private static List<AtlassianReferences.TypeUse> both() {
        List<AtlassianReferences.TypeUse> types = new ArrayList<>(references.types);
        types.addAll(preview.types);
        return types;
    }

    private static boolean isObjectMethod(String name, String descriptor) {
        return Set.of(
                        "equals(Ljava/lang/Object;)Z",
                        "hashCode()I",
                        "toString()Ljava/lang/String;",
                        "getClass()Ljava/lang/Class;")
                .contains(name + descriptor);
    }

    /** The Atlassian interfaces the Spring context imports (osgi:reference) and exports (osgi:service). */
    private static Set<String> springInterfaces() throws Exception {
        Set<String> interfaces = new TreeSet<>();
        for (String tag : List.of("osgi:reference", "osgi:service")) {
            PluginJar.attributes(PluginJar.SPRING_CONTEXT, tag, "interface").stream()
                    .filter(type -> type.startsWith("com.atlassian."))
                    .forEach(interfaces::add);
        }
        return interfaces;
    }
}
