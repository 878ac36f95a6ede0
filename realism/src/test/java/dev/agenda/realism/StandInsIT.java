package dev.agenda.realism;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.BeforeClass;
import org.junit.Test;
import org.objectweb.asm.Type;

/**
 * Holds the host-api stand-ins to the API manifest, {@code docs/ATLASSIAN-API.md}, in both directions: every public
 * type and member a stand-in declares is a row there with the same kind, supertypes, erased signature, static-ness and
 * checked exceptions (so a stand-in cannot offer what the documentation does not), and every row is declared by its
 * stand-in (so the plugin compiles against exactly what the manifest says Confluence has).
 */
public class StandInsIT {

    private static ApiManifest manifest;
    private static List<Class<?>> standIns;

    @BeforeClass
    public static void read() throws Exception {
        manifest = ApiManifest.read(ApiManifest.location());
        standIns = new ArrayList<>();
        String jar = System.getProperty("host-api.jar");
        assertTrue("the host-api.jar system property names the stand-ins' jar", jar != null && !jar.startsWith("${"));
        try (JarFile file = new JarFile(Path.of(jar).toFile())) {
            for (JarEntry entry : Collections.list(file.entries())) {
                String name = entry.getName();
                if (name.endsWith(".class") && !name.endsWith("package-info.class")) {
                    Class<?> type = Class.forName(
                            name.substring(0, name.length() - ".class".length()).replace('/', '.'),
                            false,
                            StandInsIT.class.getClassLoader());
                    if (Modifier.isPublic(type.getModifiers())) {
                        standIns.add(type);
                    }
                }
            }
        }
        assertTrue("the stand-ins were read", standIns.size() > 40);
    }

    @Test
    public void everyStandInTypeIsInTheManifestAsTheKindWithTheSupertypesItDeclares() {
        List<String> problems = new ArrayList<>();
        for (Class<?> type : standIns) {
            Optional<ApiManifest.Entry> entry = manifest.type(type.getName());
            if (entry.isEmpty()) {
                problems.add("not in the manifest: " + kindOf(type).word + " " + type.getName());
                continue;
            }
            if (entry.get().kind() != kindOf(type)) {
                problems.add(type.getName() + " is a " + kindOf(type).word + " here but the manifest says "
                        + entry.get().kind().word + " (line " + entry.get().line() + ")");
            }
            if (type.isAnnotation()) {
                String declared = annotationShape(type);
                if (!declared.equals(entry.get().member())) {
                    problems.add(type.getName() + " is '" + declared + "' here but the manifest says '"
                            + entry.get().member() + "' (line " + entry.get().line() + ")");
                }
            } else if (!Set.copyOf(entry.get().supertypes()).equals(supertypes(type))) {
                problems.add(type.getName() + " extends " + supertypes(type) + " here but the manifest says "
                        + entry.get().supertypes() + " (line " + entry.get().line() + ")");
            }
        }
        assertEquals("stand-in types that differ from docs/ATLASSIAN-API.md", List.of(), problems);
    }

    @Test
    public void everyPublicMemberOfAStandInIsInTheManifestWithTheSameSignature() {
        List<String> problems = new ArrayList<>();
        for (Class<?> type : standIns) {
            for (Executable executable : declared(type)) {
                String name = executable instanceof Constructor ? "<init>" : executable.getName();
                String descriptor = executable instanceof Method method
                        ? Type.getMethodDescriptor(method)
                        : Type.getConstructorDescriptor((Constructor<?>) executable);
                Optional<ApiManifest.Entry> entry = manifest.member(type.getName(), name, descriptor);
                if (entry.isEmpty()) {
                    problems.add("not in the manifest: " + type.getName() + "." + name + descriptor);
                    continue;
                }
                checkStaticAndThrows(
                        entry.get(),
                        Modifier.isStatic(executable.getModifiers()),
                        Arrays.stream(executable.getExceptionTypes())
                                .map(Class::getName)
                                .toList(),
                        problems);
            }
            for (Field field : type.getDeclaredFields()) {
                if (!Modifier.isPublic(field.getModifiers()) || field.isSynthetic()) {
                    continue;
                }
                Optional<ApiManifest.Entry> entry =
                        manifest.member(type.getName(), field.getName(), Type.getDescriptor(field.getType()));
                ApiManifest.Kind expected =
                        field.isEnumConstant() ? ApiManifest.Kind.ENUM_CONSTANT : ApiManifest.Kind.FIELD;
                if (entry.isEmpty() || entry.get().kind() != expected) {
                    problems.add(
                            "not in the manifest as " + expected.word + ": " + type.getName() + "." + field.getName());
                    continue;
                }
                checkStaticAndThrows(entry.get(), Modifier.isStatic(field.getModifiers()), List.of(), problems);
            }
        }
        assertEquals("stand-in members that differ from docs/ATLASSIAN-API.md", List.of(), problems);
    }

    @Test
    public void everyRowOfTheManifestIsDeclaredByItsStandIn() {
        Set<String> missing = new TreeSet<>();
        for (ApiManifest.Entry entry : manifest.entries) {
            Class<?> type = standIns.stream()
                    .filter(standIn -> standIn.getName().equals(entry.owner()))
                    .findFirst()
                    .orElse(null);
            if (type == null) {
                missing.add("no stand-in for " + entry.describe());
                continue;
            }
            boolean present = switch (entry.kind()) {
                case METHOD ->
                    Arrays.stream(type.getMethods())
                            .anyMatch(method -> method.getName().equals(entry.name())
                                    && Type.getMethodDescriptor(method).equals(entry.descriptor()));
                case CONSTRUCTOR ->
                    Arrays.stream(type.getConstructors())
                            .anyMatch(constructor ->
                                    Type.getConstructorDescriptor(constructor).equals(entry.descriptor()));
                case FIELD, ENUM_CONSTANT ->
                    Arrays.stream(type.getFields())
                            .anyMatch(field -> field.getName().equals(entry.name())
                                    && Type.getDescriptor(field.getType()).equals(entry.descriptor()));
                default -> true;
            };
            if (!present) {
                missing.add("the stand-in does not declare " + entry.describe());
            }
        }
        assertEquals("rows of docs/ATLASSIAN-API.md the stand-ins lack", Set.of(), missing);
    }

    private static void checkStaticAndThrows(
            ApiManifest.Entry entry, boolean isStatic, List<String> exceptions, List<String> problems) {
        if (entry.isStatic() != isStatic) {
            problems.add(
                    (isStatic ? "static" : "not static") + " here, the opposite in the manifest: " + entry.describe());
        }
        if (!Set.copyOf(exceptions).equals(Set.copyOf(entry.exceptions()))) {
            problems.add("throws " + exceptions + " here but " + entry.exceptions() + " in the manifest: "
                    + entry.describe());
        }
    }

    /** Public or protected methods and constructors the type itself declares, as a caller can link them. */
    private static List<Executable> declared(Class<?> type) {
        List<Executable> members = new ArrayList<>();
        for (Method method : type.getDeclaredMethods()) {
            boolean visible = Modifier.isPublic(method.getModifiers()) || Modifier.isProtected(method.getModifiers());
            boolean objectMethod =
                    Set.of("equals", "hashCode", "toString").contains(method.getName()) && !type.isInterface();
            boolean enumMethod = type.isEnum() && Set.of("values", "valueOf").contains(method.getName());
            if (visible && !method.isSynthetic() && !method.isBridge() && !objectMethod && !enumMethod) {
                members.add(method);
            }
        }
        if (!type.isInterface() && !type.isEnum()) {
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                if (Modifier.isPublic(constructor.getModifiers()) || Modifier.isProtected(constructor.getModifiers())) {
                    members.add(constructor);
                }
            }
        }
        return members;
    }

    private static ApiManifest.Kind kindOf(Class<?> type) {
        if (type.isAnnotation()) {
            return ApiManifest.Kind.ANNOTATION;
        }
        if (type.isInterface()) {
            return ApiManifest.Kind.INTERFACE;
        }
        if (type.isEnum()) {
            return ApiManifest.Kind.ENUM;
        }
        if (Modifier.isAbstract(type.getModifiers())) {
            return ApiManifest.Kind.ABSTRACT_CLASS;
        }
        return Modifier.isFinal(type.getModifiers()) ? ApiManifest.Kind.FINAL_CLASS : ApiManifest.Kind.CLASS;
    }

    /** The supertypes a stand-in declares, leaving out what every class, enum or annotation has. */
    private static Set<String> supertypes(Class<?> type) {
        Set<String> names = new LinkedHashSet<>();
        if (type.getSuperclass() != null
                && type.getSuperclass() != Object.class
                && type.getSuperclass() != Enum.class) {
            names.add(type.getSuperclass().getName());
        }
        Arrays.stream(type.getInterfaces()).map(Class::getName).forEach(names::add);
        return names;
    }

    /** {@code RUNTIME; TYPE, METHOD}: an annotation's retention and targets, as the manifest writes them. */
    private static String annotationShape(Class<?> annotation) {
        Retention retention = annotation.getAnnotation(Retention.class);
        Target target = annotation.getAnnotation(Target.class);
        return (retention == null ? "CLASS" : retention.value().name()) + "; "
                + (target == null
                        ? "ANY"
                        : Arrays.stream(target.value()).map(ElementType::name).collect(Collectors.joining(", ")));
    }
}
