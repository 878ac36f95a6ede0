package dev.agenda.realism;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agenda.testing.ReferencePage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerResponse;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;

/**
 * The built plugin jar as Confluence's plugin framework handles it, as far as that can be done outside Confluence
 * ({@link PluginInFelix}): it resolves against the host's exports and starts; every bean of its Spring context wires
 * from the bundle's class loader; the macro, created as the framework creates module classes (constructor autowiring
 * from that context), renders the reference page's agenda with a thread context class loader that sees nothing; and
 * the REST resources, built by HK2 through their {@code @Inject} constructors behind REST v2's access rules, answer:
 * an anonymous viewer of a public page gets its actions, and nobody anonymous reaches the sync.
 *
 * <p>Not Confluence: the framework is Felix, not Atlassian's; Spring is 5.3 (the line the Gemini Blueprint on Maven
 * Central runs on) where Confluence 10 runs Spring 6 with its own build of Gemini; Jersey is 3.1 with HK2 as REST v2
 * uses, but REST v2's own bridge to the plugin's beans is not public, so beans are offered to HK2 by type here.
 */
public class PluginInOsgiIT {

    private static final String PAGE = "pages/" + PluginInFelix.PAGE_ID;
    private static PluginInFelix host;

    @BeforeClass
    public static void start() throws Exception {
        host = new PluginInFelix();
    }

    @AfterClass
    public static void stop() throws Exception {
        if (host != null) {
            host.close();
        }
        AuthenticatedUserThreadLocal.reset();
    }

    @Test
    public void theBundleResolvesAgainstTheHostsExportsAndStarts() {
        assertEquals(Bundle.ACTIVE, host.plugin.getState());
        Set<String> unwired = new TreeSet<>(host.importedPackages(false));
        unwired.removeAll(host.wiredPackages());
        assertEquals("mandatory imports the host does not export", Set.of(), unwired);
    }

    @Test
    public void everyPackageThePluginsOwnClassesUseIsInsideTheBundleOrWiredFromTheHost() throws Exception {
        Set<String> inside = new TreeSet<>();
        Set<String> used = new TreeSet<>();
        for (PluginJar.ClassFile file : PluginJar.classFiles()) {
            String path = file.where().substring(file.where().indexOf('!') + 1);
            if (path.contains("/")) {
                inside.add(path.substring(0, path.lastIndexOf('/')).replace('/', '.'));
            }
            if (path.startsWith("dev/agenda/")) {
                used.addAll(PackagesUsed.of(file.bytes()));
            }
        }
        Set<String> wired = host.wiredPackages();
        Set<String> unreachable = new TreeSet<>();
        for (String pkg : used) {
            if (!pkg.startsWith("java.") && !inside.contains(pkg) && !wired.contains(pkg)) {
                unreachable.add(pkg);
            }
        }
        assertEquals(
                "packages the plugin's classes use that are neither in the bundle nor wired from the host"
                        + " (an optional import left unresolved is a NoClassDefFoundError in Confluence)",
                Set.of(),
                unreachable);
    }

    @Test
    public void everyBeanOfTheSpringContextWiresFromTheBundlesClassLoader() throws Exception {
        List<String> ours = new ArrayList<>();
        for (String name : host.context.getBeanDefinitionNames()) {
            Object bean = host.context.getBean(name);
            assertNotNull(name, bean);
            if (bean.getClass().getName().startsWith("dev.agenda.")) {
                assertSame(
                        name + " is the bundle's class, not a copy from elsewhere",
                        host.bundleLoader(),
                        bean.getClass().getClassLoader());
                ours.add(name);
            }
        }
        for (String declared : PluginJar.attributes(PluginJar.SPRING_CONTEXT, "beans:bean", "id")) {
            assertTrue(declared + " was created", host.context.containsBean(declared));
        }
        assertTrue("the plugin's own components: " + ours, ours.size() > 30);
    }

    /**
     * Gemini sets the thread's context class loader to the bundle's while it wires; Confluence calls the plugin's
     * components later on threads whose context class loader is anything. Each component built by constructor
     * autowiring alone is built again here with one that sees nothing.
     */
    @Test
    public void everyComponentCanBeBuiltAgainWithAContextClassLoaderThatSeesNothing() throws Exception {
        AutowireCapableBeanFactory factory = host.context.getAutowireCapableBeanFactory();
        List<String> built = new ArrayList<>();
        for (String name : host.context.getBeanDefinitionNames()) {
            org.springframework.beans.factory.config.BeanDefinition definition =
                    host.context.getBeanFactory().getBeanDefinition(name);
            boolean autowiredAlone = definition.getBeanClassName() != null
                    && definition.getBeanClassName().startsWith("dev.agenda.")
                    && definition.getFactoryMethodName() == null
                    && definition.getConstructorArgumentValues().isEmpty();
            if (!autowiredAlone) {
                continue;
            }
            Class<?> type = host.plugin.loadClass(definition.getBeanClassName());
            Object again = PluginInFelix.withContextClassLoader(
                    host.seesNothing,
                    () -> factory.createBean(type, AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false));
            if (again instanceof AutoCloseable closeable) {
                closeable.close();
            }
            built.add(name);
        }
        assertTrue("components built again: " + built, built.size() > 30);
    }

    @Test
    public void theStatusRefreshIsExportedForSalAsALifecycleService() throws InvalidSyntaxException {
        ServiceReference<?>[] lifecycle =
                host.felix.getBundleContext().getServiceReferences(LifecycleAware.class.getName(), null);
        assertNotNull("a LifecycleAware service", lifecycle);
        assertEquals(1, lifecycle.length);
        assertSame(host.plugin, lifecycle[0].getBundle());
    }

    @Test
    public void theMacroIsCreatedAsTheFrameworkCreatesModulesAndRendersTheReferenceAgenda() throws Exception {
        Class<?> macroClass = host.plugin.loadClass(PluginJar.attributes(PluginJar.DESCRIPTOR, "xhtml-macro", "class")
                .get(0));
        String html = PluginInFelix.withContextClassLoader(host.seesNothing, () -> {
            Macro macro = (Macro) host.context
                    .getAutowireCapableBeanFactory()
                    .createBean(macroClass, AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false);
            ConversionContext conversion = mock(ConversionContext.class);
            when(conversion.getEntity()).thenReturn(host.page());
            when(conversion.getOutputType()).thenReturn("display");
            return macro.execute(ReferencePage.agendaParameters(0), ReferencePage.agendaBody(0), conversion);
        });
        assertTrue(html, html.contains("class=\"agenda-item"));
        assertTrue("the first item of Day 1", html.contains("Review outstanding actions"));
    }

    @Test
    public void anAnonymousViewerOfAPublicPageGetsItsActionsButNeverReachesTheSync() throws Exception {
        ApplicationHandler rest = host.rest();

        ContainerResponse actions = PluginInFelix.call(rest, "GET", PAGE + "/actions", null);
        assertEquals(200, actions.getStatus());
        JsonNode list = new ObjectMapper().readTree((String) actions.getEntity());
        assertEquals("the reference page's action items", 11, list.size());

        assertEquals(401, PluginInFelix.call(rest, "POST", PAGE + "/sync", null).getStatus());
        assertEquals(
                401,
                PluginInFelix.call(rest, "GET", PAGE + "/sync/progress", null).getStatus());
        assertEquals(
                401,
                PluginInFelix.call(rest, "POST", PAGE + "/removed?action=65538/1&choice=leave", null)
                        .getStatus());
    }

    @Test
    public void aSignedInViewerReachesEveryResourceBuiltFromTheContextsBeans() throws Exception {
        ApplicationHandler rest = host.rest();

        ContainerResponse progress = PluginInFelix.call(rest, "GET", PAGE + "/sync/progress", host.viewer);
        assertEquals(200, progress.getStatus());
        assertEquals("{\"running\":false}", progress.getEntity());
        ContainerResponse status = PluginInFelix.call(rest, "GET", PAGE + "/status", host.viewer);
        assertEquals(200, status.getStatus());
        assertTrue(
                String.valueOf(status.getEntity()),
                String.valueOf(status.getEntity()).contains("\"actions\""));
        ContainerResponse unticked = PluginInFelix.call(rest, "POST", PAGE + "/tasks/9/tick?done=false", host.viewer);
        assertEquals(
                "the tick resource was built, and refuses a request without the XSRF header",
                403,
                unticked.getStatus());
        ContainerResponse left =
                PluginInFelix.call(rest, "POST", PAGE + "/removed?action=65538/1&choice=leave", host.viewer);
        assertEquals(
                "the removed-task resource was built, and refuses a request without the XSRF header",
                403,
                left.getStatus());
    }
}
