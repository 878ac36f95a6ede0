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

/**
 * The class files of the built plugin jar: those at its root and those of the jars it embeds on its
 * {@code Bundle-ClassPath}, each with where it came from — everything Confluence will load from the bundle.
 */
final class PluginClasses {

    /** One class file and where it is ({@code dev/agenda/X.class}, or {@code META-INF/lib/a.jar!dev/agenda/Y.class}). */
    record ClassFile(String where, byte[] bytes) {
    }

    private PluginClasses() {
    }

    /** The plugin jar {@code mvn package} built, named by the {@code plugin.jar} system property. */
    static Path pluginJar() {
        String path = System.getProperty("plugin.jar");
        if (path == null || path.isBlank() || path.startsWith("${")) {
            throw new IllegalStateException("the plugin.jar system property names the built plugin jar (run mvn verify)");
        }
        return Path.of(path);
    }

    static List<ClassFile> read(Path jarPath) throws IOException {
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
                            if (inner.getName().endsWith(".class") && !inner.getName().startsWith("META-INF/")) {
                                classes.add(new ClassFile(entry.getName() + "!" + inner.getName(),
                                        nested.readAllBytes()));
                            }
                        }
                    }
                }
            }
        }
        return classes;
    }
}
