package dev.agenda.realism;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The packages the host exports to plugins, as the Atlassian plugin framework makes them: Confluence's own jars'
 * packages are exported by the OSGi system bundle ({@code org.osgi.framework.system.packages.extra}, built by the
 * framework's {@code ExportsBuilder} from its package scan — as read in the Maera fork of the framework, github
 * katasource/maera, {@code FelixOsgiContainerManager.start}). Here they are the packages of the host-api stand-ins,
 * and the exports the Jakarta REST, Jakarta Inject and slf4j API jars declare themselves (Confluence 10 provides those
 * three to plugins; which versions exactly is not published, so these are the versions the plugin is built against).
 * Everything else a plugin imports from Confluence would be missing here, as it should: a plugin that needs more than
 * this does not resolve.
 */
final class HostExports {

    private HostExports() {}

    /** The value of {@code org.osgi.framework.system.packages.extra} for a host made of these jars. */
    static String of(Path standIns, Class<?>... apiJarsOf) throws IOException {
        List<String> exports = new ArrayList<>(standInPackages(standIns));
        for (Class<?> member : apiJarsOf) {
            try (JarFile jar = new JarFile(jarOf(member).toFile())) {
                String declared = jar.getManifest().getMainAttributes().getValue("Export-Package");
                if (declared == null) {
                    throw new IllegalStateException(jar.getName() + " declares no Export-Package");
                }
                exports.add(declared);
            }
        }
        return String.join(",", exports);
    }

    static TreeSet<String> standInPackages(Path standIns) throws IOException {
        TreeSet<String> packages = new TreeSet<>();
        try (JarFile jar = new JarFile(standIns.toFile())) {
            for (JarEntry entry : Collections.list(jar.entries())) {
                String name = entry.getName();
                if (name.endsWith(".class") && name.contains("/")) {
                    packages.add(name.substring(0, name.lastIndexOf('/')).replace('/', '.'));
                }
            }
        }
        return packages;
    }

    private static Path jarOf(Class<?> member) {
        try {
            return Path.of(
                    member.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
