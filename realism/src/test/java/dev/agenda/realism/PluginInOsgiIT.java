package dev.agenda.realism;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agenda.confluence.ReferencePage;
import dev.agenda.confluence.host.ConfluenceCurrentUser;
import dev.agenda.preview.RestAccessRules;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.jar.JarFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.felix.framework.FrameworkFactory;
import org.eclipse.gemini.blueprint.context.support.OsgiBundleXmlApplicationContext;
import org.glassfish.hk2.utilities.binding.AbstractBinder;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.beans.factory.xml.DefaultNamespaceHandlerResolver;
import org.springframework.beans.factory.xml.DelegatingEntityResolver;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The built plugin jar as Confluence's plugin framework handles it, as far as that can be done outside Confluence:
 * installed in an Apache Felix framework whose system bundle exports what the host exports ({@link HostExports}), it
 * resolves and starts; its Spring context ({@code META-INF/spring/agenda-context.xml}) is created by Eclipse Gemini
 * Blueprint's own {@code OsgiBundleXmlApplicationContext} — the class the framework's extender uses — for the
 * plugin's bundle, with its {@code osgi:reference}s served by test doubles registered as OSGi services, while the
 * thread's context class loader sees nothing; every bean wires. Then the macro is created as the framework creates
 * module classes (constructor autowiring from that context) and renders the reference page's agenda, and the REST
 * resources are built by Jersey's HK2 through their {@code @Inject} constructors from the context's beans, behind REST
 * v2's access rules, and answer in memory: an anonymous viewer of a public page gets its actions, and nobody anonymous
 * reaches the sync.
 *
 * <p>Not Confluence: the framework is Felix, not Atlassian's; Spring is 5.3 (the line the Gemini Blueprint on Maven
 * Central runs on) where Confluence 10 runs Spring 6 with its own build of Gemini; Jersey is 3.1 with HK2 as REST v2
 * uses, but REST v2's own bridge to the plugin's beans is not public, so beans are offered to HK2 by type here.
 */
public class PluginInOsgiIT {

    private static final long PAGE_ID = 65538L;
    private static final String XHTML_MACRO = "xhtml-macro";

    private static Framework felix;
    private static Bundle plugin;
    private static OsgiBundleXmlApplicationContext context;
    private static final Map<Class<?>, Object> hostServices = new LinkedHashMap<>();
    private static final AbstractPage page = mock(AbstractPage.class);
    private static final ConfluenceUser viewer = mock(ConfluenceUser.class);
    private static ClassLoader seesNothing;

    @BeforeClass
    public static void startTheFrameworkAndThePlugin() throws Exception {
        Path standIns = Path.of(System.getProperty("host-api.jar"));
        Map<String, String> configuration = new HashMap<>();
        configuration.put(Constants.FRAMEWORK_STORAGE, System.getProperty("felix.cache", "target/felix-cache"));
        configuration.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        configuration.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, HostExports.of(standIns,
                jakarta.ws.rs.Path.class, jakarta.inject.Inject.class, org.slf4j.Logger.class));
        felix = new FrameworkFactory().newFramework(configuration);
        felix.start();
        plugin = felix.getBundleContext().installBundle(PluginClasses.pluginJar().toUri().toString());
        plugin.start();
        seesNothing = new URLClassLoader(new URL[0], null);
        offerHostServices();
        context = withContextClassLoader(seesNothing, PluginInOsgiIT::springContext);
    }

    @AfterClass
    public static void stop() throws Exception {
        if (context != null) {
            context.close();
        }
        if (felix != null) {
            felix.stop();
            felix.waitForStop(10_000);
        }
        AuthenticatedUserThreadLocal.reset();
    }

    @Test
    public void theBundleResolvesAgainstTheHostsExportsAndStarts() {
        assertEquals("ACTIVE", stateOf(plugin));
        BundleWiring wiring = plugin.adapt(BundleWiring.class);
        Set<String> wired = new TreeSet<>();
        for (BundleWire wire : wiring.getRequiredWires(BundleRevision.PACKAGE_NAMESPACE)) {
            wired.add((String) wire.getCapability().getAttributes().get(BundleRevision.PACKAGE_NAMESPACE));
        }
        Set<String> mandatory = new TreeSet<>();
        for (String imported : importedPackages(false)) {
            mandatory.add(imported);
        }
        mandatory.removeAll(wired);
        assertEquals("mandatory imports the host does not export", Set.of(), mandatory);
    }

    @Test
    public void everyPackageThePluginsOwnClassesUseIsInsideTheBundleOrWiredFromTheHost() throws Exception {
        Set<String> inside = new TreeSet<>();
        Set<String> used = new TreeSet<>();
        for (PluginClasses.ClassFile file : PluginClasses.read(PluginClasses.pluginJar())) {
            String path = file.where().contains("!") ? file.where().substring(file.where().indexOf('!') + 1)
                    : file.where();
            if (path.contains("/")) {
                inside.add(path.substring(0, path.lastIndexOf('/')).replace('/', '.'));
            }
            boolean ours = path.startsWith("dev/agenda/");
            if (ours) {
                used.addAll(PackagesUsed.of(file.bytes()));
            }
        }
        Set<String> wired = new TreeSet<>();
        for (BundleWire wire : plugin.adapt(BundleWiring.class).getRequiredWires(BundleRevision.PACKAGE_NAMESPACE)) {
            wired.add((String) wire.getCapability().getAttributes().get(BundleRevision.PACKAGE_NAMESPACE));
        }
        Set<String> unreachable = new TreeSet<>();
        for (String pkg : used) {
            if (!pkg.startsWith("java.") && !inside.contains(pkg) && !wired.contains(pkg)) {
                unreachable.add(pkg);
            }
        }
        assertEquals("packages the plugin's classes use that are neither in the bundle nor wired from the host"
                + " (an optional import left unresolved is a NoClassDefFoundError in Confluence)", Set.of(),
                unreachable);
    }

    @Test
    public void everyBeanOfTheSpringContextWiresFromTheBundlesClassLoader() throws Exception {
        ClassLoader bundleLoader = plugin.adapt(BundleWiring.class).getClassLoader();
        List<String> beans = new ArrayList<>();
        for (String name : context.getBeanDefinitionNames()) {
            Object bean = context.getBean(name);
            assertNotNull(name, bean);
            if (bean.getClass().getName().startsWith("dev.agenda.")) {
                assertSame(name + " is the bundle's class, not a copy from elsewhere", bundleLoader,
                        bean.getClass().getClassLoader());
                beans.add(name);
            }
        }
        for (String declared : declaredBeanIds()) {
            assertTrue(declared + " was created", context.containsBean(declared));
        }
        assertTrue("the plugin's own components: " + beans, beans.size() > 30);
    }

    @Test
    public void theStatusRefreshIsExportedForSalAsALifecycleService() {
        ServiceReference<?>[] lifecycle = servicesOf(LifecycleAware.class);
        assertEquals(1, lifecycle.length);
        assertSame(plugin, lifecycle[0].getBundle());
    }

    @Test
    public void theMacroIsCreatedAsTheFrameworkCreatesModulesAndRendersTheReferenceAgenda() throws Exception {
        Class<?> macroClass = plugin.loadClass(descriptorAttribute(XHTML_MACRO, "class"));
        String html = withContextClassLoader(seesNothing, () -> {
            Macro macro = (Macro) context.getAutowireCapableBeanFactory().createBean(macroClass,
                    AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false);
            ConversionContext conversion = mock(ConversionContext.class);
            when(conversion.getEntity()).thenReturn(page);
            when(conversion.getOutputType()).thenReturn("display");
            return macro.execute(ReferencePage.agendaParameters(0), ReferencePage.agendaBody(0), conversion);
        });
        assertTrue(html, html.contains("class=\"agenda-item"));
        assertTrue("the first item of Day 1", html.contains("Review outstanding actions"));
    }

    @Test
    public void anAnonymousViewerOfAPublicPageGetsItsActionsButNeverReachesTheSync() throws Exception {
        ApplicationHandler rest = restOfThePlugin();

        ContainerResponse actions = call(rest, "GET", "pages/" + PAGE_ID + "/actions", null);
        assertEquals(200, actions.getStatus());
        JsonNode list = new ObjectMapper().readTree((String) actions.getEntity());
        assertEquals("the reference page's action items", 11, list.size());

        assertEquals(401, call(rest, "POST", "pages/" + PAGE_ID + "/sync", null).getStatus());
        assertEquals(401, call(rest, "GET", "pages/" + PAGE_ID + "/sync/progress", null).getStatus());
    }

    @Test
    public void aSignedInViewerReachesEveryResourceBuiltFromTheContextsBeans() throws Exception {
        ApplicationHandler rest = restOfThePlugin();

        ContainerResponse progress = call(rest, "GET", "pages/" + PAGE_ID + "/sync/progress", viewer);
        assertEquals(200, progress.getStatus());
        assertEquals("{\"running\":false}", progress.getEntity());
        ContainerResponse status = call(rest, "GET", "pages/" + PAGE_ID + "/status", viewer);
        assertEquals(200, status.getStatus());
        assertTrue(String.valueOf(status.getEntity()), String.valueOf(status.getEntity()).contains("\"actions\""));
        ContainerResponse unticked = call(rest, "POST", "pages/" + PAGE_ID + "/tasks/9/tick?done=false", viewer);
        assertEquals("the tick resource was built, and refuses a request without the XSRF header", 403,
                unticked.getStatus());
    }

    /** The REST module's resources: the classes of its package in the bundle, built by HK2 from the beans. */
    private static ApplicationHandler restOfThePlugin() throws Exception {
        String restPackage = descriptorText("rest", "package");
        ResourceConfig resources = new ResourceConfig();
        for (URL entry : Collections.list(plugin.findEntries(restPackage.replace('.', '/'), "*.class", false))) {
            String file = entry.getPath().substring(entry.getPath().lastIndexOf('/') + 1);
            Class<?> type = plugin.loadClass(restPackage + "." + file.substring(0, file.length() - 6));
            if (type.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                resources.register(type);
            }
        }
        assertEquals("the four resources", 4, resources.getClasses().size());
        resources.register(new SpringBeans(context));
        resources.register(new RestAccessRules(new ConfluenceCurrentUser(), true));
        return new ApplicationHandler(resources);
    }

    private static ContainerResponse call(ApplicationHandler rest, String method, String path, ConfluenceUser user)
            throws Exception {
        ContainerRequest request = new ContainerRequest(URI.create("http://localhost/rest/agenda/1.0/"),
                URI.create("http://localhost/rest/agenda/1.0/" + path), method, null, new MapPropertiesDelegate(),
                null);
        AuthenticatedUserThreadLocal.set(user);
        try {
            return rest.apply(request).get();
        } finally {
            AuthenticatedUserThreadLocal.reset();
        }
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
    private static void offerHostServices() throws Exception {
        PageManager pages = mock(PageManager.class);
        when(pages.getAbstractPage(PAGE_ID)).thenReturn(page);
        when(page.getId()).thenReturn(PAGE_ID);
        when(page.getTitle()).thenReturn("DMLT F2F 2017-11");
        when(page.getBodyAsString()).thenReturn(ReferencePage.storage());
        when(viewer.getName()).thenReturn("womullane");
        when(viewer.getKey()).thenReturn(new UserKey("womullane-key"));
        PermissionManager permissions = mock(PermissionManager.class);
        // A public page: anyone, anonymous users too, may view it; only the viewer may edit it.
        when(permissions.hasPermission(any(), eq(Permission.VIEW), eq(page))).thenReturn(true);
        when(permissions.hasPermission(eq(viewer), eq(Permission.EDIT), eq(page))).thenReturn(true);
        PageBuilderService pageBuilder = mock(PageBuilderService.class);
        WebResourceAssembler assembler = mock(WebResourceAssembler.class);
        RequiredResources required = mock(RequiredResources.class);
        when(pageBuilder.assembler()).thenReturn(assembler);
        when(assembler.resources()).thenReturn(required);
        when(required.requireWebResource(anyString())).thenReturn(required);
        hostServices.put(PageManager.class, pages);
        hostServices.put(PermissionManager.class, permissions);
        hostServices.put(PageBuilderService.class, pageBuilder);
        BundleContext host = felix.getBundleContext();
        for (String interfaceName : referencedInterfaces()) {
            Class<?> type = Class.forName(interfaceName);
            Object service = hostServices.computeIfAbsent(type, missing -> mock(missing));
            host.registerService(interfaceName, service, null);
        }
    }

    private static OsgiBundleXmlApplicationContext springContext() {
        ClassLoader framework = PluginInOsgiIT.class.getClassLoader();
        OsgiBundleXmlApplicationContext created = new OsgiBundleXmlApplicationContext(
                new String[] {"osgibundle:/META-INF/spring/*.xml"}) {
            @Override
            protected void initBeanDefinitionReader(XmlBeanDefinitionReader reader) {
                // The extender offers the namespace handlers and schemas of the framework's own Spring and Gemini
                // bundles; here they are on the framework's class path.
                reader.setNamespaceHandlerResolver(new DefaultNamespaceHandlerResolver(framework));
                reader.setEntityResolver(new DelegatingEntityResolver(framework));
            }
        };
        created.setBundleContext(plugin.getBundleContext());
        created.refresh();
        return created;
    }

    private static <T> T withContextClassLoader(ClassLoader loader, Callable<T> work) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return work.call();
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private static ServiceReference<?>[] servicesOf(Class<?> type) {
        try {
            ServiceReference<?>[] found = felix.getBundleContext().getServiceReferences(type.getName(), null);
            return found == null ? new ServiceReference<?>[0] : found;
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String stateOf(Bundle bundle) {
        return switch (bundle.getState()) {
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.INSTALLED -> "INSTALLED (unresolved)";
            default -> "state " + bundle.getState();
        };
    }

    /** The plugin's Import-Package: the optional ones, or the others. */
    private static Set<String> importedPackages(boolean optional) {
        Set<String> packages = new LinkedHashSet<>();
        String header = plugin.getHeaders().get(Constants.IMPORT_PACKAGE);
        for (String clause : header.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
            boolean isOptional = clause.contains("resolution:=optional")
                    || clause.contains("resolution:=\"optional\"");
            if (isOptional == optional) {
                packages.add(clause.split(";")[0].strip());
            }
        }
        return packages;
    }

    private static Set<String> referencedInterfaces() throws Exception {
        Set<String> interfaces = new LinkedHashSet<>();
        NodeList references = springXml().getElementsByTagName("osgi:reference");
        for (int i = 0; i < references.getLength(); i++) {
            interfaces.add(((Element) references.item(i)).getAttribute("interface"));
        }
        return interfaces;
    }

    private static List<String> declaredBeanIds() throws Exception {
        List<String> ids = new ArrayList<>();
        NodeList beans = springXml().getElementsByTagName("beans:bean");
        for (int i = 0; i < beans.getLength(); i++) {
            ids.add(((Element) beans.item(i)).getAttribute("id"));
        }
        return ids;
    }

    private static Document springXml() throws Exception {
        return xml("META-INF/spring/agenda-context.xml");
    }

    private static String descriptorAttribute(String tag, String attribute) throws Exception {
        return ((Element) xml("atlassian-plugin.xml").getElementsByTagName(tag).item(0)).getAttribute(attribute);
    }

    private static String descriptorText(String tag, String child) throws Exception {
        Element module = (Element) xml("atlassian-plugin.xml").getElementsByTagName(tag).item(0);
        return module.getElementsByTagName(child).item(0).getTextContent().strip();
    }

    private static Document xml(String path) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        try (JarFile jar = new JarFile(PluginClasses.pluginJar().toFile())) {
            return factory.newDocumentBuilder().parse(jar.getInputStream(jar.getEntry(path)));
        }
    }
}
