package dev.agenda.confluence.packaging;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.ClassRule;
import org.junit.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Holds the built plugin jar's Spring context, {@code META-INF/spring/agenda-context.xml}, and the components
 * Confluence instantiates to being wirable: the status refresh is exported as SAL's lifecycle service, every component
 * not built by a factory method has a public constructor the context can satisfy (of as many arguments as the context
 * gives it, or else with one provider in the context for each parameter type), and each of the five REST resources has
 * one public constructor, marked {@code @jakarta.inject.Inject} as REST v2's HK2 needs.
 */
public class PluginSpringContextIT {

    @ClassRule
    public static final BuiltPluginJar plugin = new BuiltPluginJar();

    @Test
    public void theStatusRefreshIsExportedAsALifecycleServiceSoSalStartsAndStopsIt() throws Exception {
        NodeList services = plugin.springContext().getElementsByTagName("osgi:service");
        Element lifecycle = null;
        for (int i = 0; i < services.getLength(); i++) {
            Element service = (Element) services.item(i);
            if (service.getAttribute("interface").equals("com.atlassian.sal.api.lifecycle.LifecycleAware")) {
                lifecycle = service;
            }
        }
        assertNotNull("a LifecycleAware OSGi service", lifecycle);
        String ref = lifecycle.getAttribute("ref");
        NodeList beans = plugin.springContext().getElementsByTagName("beans:bean");
        Class<?> exported = null;
        for (int i = 0; i < beans.getLength(); i++) {
            Element bean = (Element) beans.item(i);
            if (bean.getAttribute("id").equals(ref)) {
                exported = Class.forName(bean.getAttribute("class"));
            }
        }
        assertNotNull("the service's bean " + ref + " is declared", exported);
        assertTrue(com.atlassian.sal.api.lifecycle.LifecycleAware.class.isAssignableFrom(exported));
        assertEquals("dev.agenda.confluence.status.StatusRefreshJob", exported.getName());
    }

    @Test
    public void everyComponentHasAConstructorTheContextCanSatisfyByType() throws Exception {
        List<Class<?>> provided = new ArrayList<>();
        NodeList references = plugin.springContext().getElementsByTagName("osgi:reference");
        for (int i = 0; i < references.getLength(); i++) {
            provided.add(Class.forName(((Element) references.item(i)).getAttribute("interface")));
        }
        NodeList beans = plugin.springContext().getElementsByTagName("beans:bean");
        for (int i = 0; i < beans.getLength(); i++) {
            provided.add(Class.forName(((Element) beans.item(i)).getAttribute("class")));
        }
        for (String className : plugin.componentClasses()) {
            Class<?> component = Class.forName(className);
            if (isFactoryBuilt(className)) {
                continue;
            }
            int given = constructorArguments(className);
            if (given > 0) {
                assertTrue(
                        className + " has a public constructor of the " + given + " arguments the context gives",
                        java.util.Arrays.stream(component.getConstructors())
                                .anyMatch(constructor -> constructor.getParameterCount() == given));
                continue;
            }
            boolean satisfiable = false;
            for (Constructor<?> constructor : component.getConstructors()) {
                satisfiable |= java.util.Arrays.stream(constructor.getParameterTypes())
                        .allMatch(type ->
                                provided.stream().filter(type::isAssignableFrom).count() == 1);
            }
            assertTrue(
                    className + " has no public constructor whose every parameter one component provides",
                    satisfiable && Modifier.isPublic(component.getModifiers()));
        }
    }

    /** How many constructor arguments the context gives the bean of this class explicitly (0: autowired). */
    private static int constructorArguments(String className) {
        NodeList beans = plugin.springContext().getElementsByTagName("beans:bean");
        for (int i = 0; i < beans.getLength(); i++) {
            Element bean = (Element) beans.item(i);
            if (bean.getAttribute("class").equals(className)) {
                return bean.getElementsByTagName("beans:constructor-arg").getLength();
            }
        }
        return 0;
    }

    private static boolean isFactoryBuilt(String className) {
        NodeList beans = plugin.springContext().getElementsByTagName("beans:bean");
        for (int i = 0; i < beans.getLength(); i++) {
            Element bean = (Element) beans.item(i);
            if (bean.getAttribute("class").equals(className) && bean.hasAttribute("factory-method")) {
                return true;
            }
        }
        return false;
    }

    @Test
    public void everyRestResourceHasOnePublicConstructorMarkedForInjection() throws Exception {
        String restPackage = plugin.single("rest")
                .getElementsByTagName("package")
                .item(0)
                .getTextContent()
                .strip();
        List<String> resources = plugin.restResources(restPackage);
        assertEquals(
                Stream.of("Actions", "Calendar", "NextMeeting", "Register", "RemovedTask", "Status", "Sync", "Tick")
                        .map(name -> restPackage + "." + name + "Resource")
                        .toList(),
                resources.stream().sorted().toList());
        for (String className : resources) {
            Constructor<?>[] constructors = Class.forName(className).getConstructors();
            assertEquals(className + " has one public constructor", 1, constructors.length);
            assertNotNull(
                    className + "'s constructor is marked @jakarta.inject.Inject, which REST v2's HK2 needs",
                    constructors[0].getAnnotation(jakarta.inject.Inject.class));
        }
    }
}
