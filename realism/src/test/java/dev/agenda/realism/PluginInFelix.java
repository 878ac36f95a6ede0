package dev.agenda.realism;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import dev.agenda.confluence.host.ConfluenceUsers;
import dev.agenda.preview.RestAccessRules;
import dev.agenda.testing.ReferencePage;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.felix.framework.FrameworkFactory;
import org.eclipse.gemini.blueprint.context.support.OsgiBundleXmlApplicationContext;
import org.glassfish.hk2.utilities.binding.AbstractBinder;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.ResourceConfig;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.springframework.beans.factory.xml.DefaultNamespaceHandlerResolver;
import org.springframework.beans.factory.xml.DelegatingEntityResolver;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;

/**
 * The built plugin inside an Apache Felix framework that stands for Confluence: the system bundle exports the host's
 * packages ({@link HostExports}); test doubles of Confluence's services are registered as OSGi services from the host's
 * side (the reference page as page {@value #PAGE_ID}, public: anyone may view it, only {@link #viewer} may edit it);
 * the plugin's Spring context is created by Eclipse Gemini Blueprint's {@code OsgiBundleXmlApplicationContext} — the
 * class the plugin framework's extender uses — for the plugin's bundle; Gemini makes the bundle's class loader the
 * thread's context class loader while it wires, whatever the caller's was (here one that sees nothing). {@link #rest()}
 * serves the plugin's REST module in memory as REST v2 would. {@link #close()} stops it all.
 */
final class PluginInFelix implements AutoCloseable {

    static final long PAGE_ID = 65538L;

    final Framework felix;
    final Bundle plugin;
    final OsgiBundleXmlApplicationContext context;
    final ConfluenceUser viewer = mock(ConfluenceUser.class);
    /** A class loader that finds nothing, as a hostile thread context class loader. */
    final ClassLoader seesNothing = new URLClassLoader(new URL[0], null);

    private final AbstractPage page = mock(AbstractPage.class);

    PluginInFelix() throws Exception {
        Map<String, String> configuration = new HashMap<>();
        configuration.put(Constants.FRAMEWORK_STORAGE, System.getProperty("felix.cache", "target/felix-cache"));
        configuration.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        configuration.put(
                Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA,
                HostExports.of(
                        Path.of(System.getProperty("host-api.jar")),
                        jakarta.ws.rs.Path.class,
                        jakarta.inject.Inject.class,
                        org.slf4j.Logger.class));
        felix = new FrameworkFactory().newFramework(configuration);
        felix.start();
        plugin = felix.getBundleContext().installBundle(PluginJar.path().toUri().toString());
        plugin.start();
        offerHostServices();
        context = withContextClassLoader(seesNothing, this::springContext);
    }

    /** The page the host's page manager knows, as a mock the tests can give a conversion context. */
    AbstractPage page() {
        return page;
    }

    ClassLoader bundleLoader() {
        return plugin.adapt(BundleWiring.class).getClassLoader();
    }

    /** The packages the plugin's imports were wired to. */
    Set<String> wiredPackages() {
        Set<String> wired = new TreeSet<>();
        for (BundleWire wire : plugin.adapt(BundleWiring.class).getRequiredWires(BundleRevision.PACKAGE_NAMESPACE)) {
            wired.add((String) wire.getCapability().getAttributes().get(BundleRevision.PACKAGE_NAMESPACE));
        }
        return wired;
    }

    /** The plugin's Import-Package: the optional ones, or the others. */
    Set<String> importedPackages(boolean optional) {
        Set<String> packages = new LinkedHashSet<>();
        // Commas inside quoted version ranges do not separate clauses.
        String[] clauses = plugin.getHeaders().get(Constants.IMPORT_PACKAGE).split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
        for (String clause : clauses) {
            boolean isOptional = clause.contains("resolution:=optional") || clause.contains("resolution:=\"optional\"");
            if (isOptional == optional) {
                packages.add(clause.split(";")[0].strip());
            }
        }
        return packages;
    }

    /**
     * The REST module's resources — the classes with {@code @Path} in its package in the bundle — built by Jersey's HK2
     * through their constructors from the Spring context's beans, behind REST v2's access rules (on a site that lets
     * anonymous users in), answering in memory.
     */
    ApplicationHandler rest() throws Exception {
        String restPackage = PluginJar.descriptorText("rest", "package");
        ResourceConfig resources = new ResourceConfig();
        for (URL entry : Collections.list(plugin.findEntries(restPackage.replace('.', '/'), "*.class", false))) {
            String file = entry.getPath().substring(entry.getPath().lastIndexOf('/') + 1);
            Class<?> type = plugin.loadClass(restPackage + "." + file.substring(0, file.length() - ".class".length()));
            if (type.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                resources.register(type);
            }
        }
        assertEquals(
                "the six resources",
                Set.of(
                        "ActionsResource",
                        "RemovedTaskResource",
                        "StatusResource",
                        "SyncResource",
                        "TickResource",
                        "CalendarResource",
                        "RegisterResource",
                        "NextMeetingResource"),
                resources.getClasses().stream().map(Class::getSimpleName).collect(Collectors.toSet()));
        resources.register(new SpringBeans(context));
        resources.register(new RestAccessRules(new ConfluenceUsers(), true));
        return new ApplicationHandler(resources);
    }

    /** A request to the REST module, made as {@code user} (null: anonymous). */
    static ContainerResponse call(ApplicationHandler rest, String method, String path, ConfluenceUser user)
            throws Exception {
        ContainerRequest request = new ContainerRequest(
                URI.create("http://localhost/rest/agenda/1.0/"),
                URI.create("http://localhost/rest/agenda/1.0/" + path),
                method,
                null,
                new MapPropertiesDelegate(),
                null);
        AuthenticatedUserThreadLocal.set(user);
        try {
            return rest.apply(request).get();
        } finally {
            AuthenticatedUserThreadLocal.reset();
        }
    }

    static <T> T withContextClassLoader(ClassLoader loader, Callable<T> work) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return work.call();
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    @Override
    public void close() throws BundleException, InterruptedException {
        context.close();
        felix.stop();
        felix.waitForStop(10_000);
    }

    /** HK2 finds the context's beans by type, as REST v2 finds a plugin's Spring beans. */
    private static final class SpringBeans extends AbstractBinder {
        private final OsgiBundleXmlApplicationContext beans;

        SpringBeans(OsgiBundleXmlApplicationContext beans) {
            this.beans = beans;
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        protected void configure() {
            for (String name : beans.getBeanDefinitionNames()) {
                Object bean = beans.getBean(name);
                if (bean.getClass().getName().startsWith("dev.agenda.")) {
                    bind(bean).to((Class) bean.getClass());
                }
            }
        }
    }

    /** Test doubles of Confluence's services, registered from the host's side as OSGi services. */
    private void offerHostServices() throws Exception {
        PageManager pages = mock(PageManager.class);
        when(pages.getAbstractPage(PAGE_ID)).thenReturn(page);
        when(page.getId()).thenReturn(PAGE_ID);
        when(page.getTitle()).thenReturn("DMLT F2F 2017-11");
        when(page.getBodyAsString()).thenReturn(ReferencePage.storage());
        when(viewer.getName()).thenReturn("womullane");
        when(viewer.getKey()).thenReturn(new UserKey("womullane-key"));
        PermissionManager permissions = mock(PermissionManager.class);
        when(permissions.hasPermission(any(), eq(Permission.VIEW), eq(page))).thenReturn(true);
        when(permissions.hasPermission(eq(viewer), eq(Permission.EDIT), eq(page)))
                .thenReturn(true);
        PageBuilderService pageBuilder = mock(PageBuilderService.class);
        WebResourceAssembler assembler = mock(WebResourceAssembler.class);
        RequiredResources required = mock(RequiredResources.class);
        when(pageBuilder.assembler()).thenReturn(assembler);
        when(assembler.resources()).thenReturn(required);
        when(required.requireWebResource(anyString())).thenReturn(required);
        Map<Class<?>, Object> services = new LinkedHashMap<>();
        services.put(PageManager.class, pages);
        services.put(PermissionManager.class, permissions);
        services.put(PageBuilderService.class, pageBuilder);
        for (String interfaceName : PluginJar.attributes(PluginJar.SPRING_CONTEXT, "osgi:reference", "interface")) {
            Object service = services.computeIfAbsent(Class.forName(interfaceName), missing -> mock(missing));
            felix.getBundleContext().registerService(interfaceName, service, null);
        }
    }

    private OsgiBundleXmlApplicationContext springContext() {
        ClassLoader framework = PluginInFelix.class.getClassLoader();
        OsgiBundleXmlApplicationContext created =
                new OsgiBundleXmlApplicationContext(new String[] {"osgibundle:/META-INF/spring/*.xml"}) {
                    @Override
                    protected void initBeanDefinitionReader(XmlBeanDefinitionReader reader) {
                        // The extender offers the namespace handlers and schemas of the framework's own Spring and
                        // Gemini
                        // bundles; here they are on the framework's class path.
                        reader.setNamespaceHandlerResolver(new DefaultNamespaceHandlerResolver(framework));
                        reader.setEntityResolver(new DelegatingEntityResolver(framework));
                    }
                };
        created.setBundleContext(plugin.getBundleContext());
        created.refresh();
        return created;
    }
}
