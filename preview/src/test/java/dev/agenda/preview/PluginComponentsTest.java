package dev.agenda.preview;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.net.URI;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.Test;

/**
 * The preview builds REST resources as Confluence's REST v2 does: HK2 calls the resource's {@code @Inject} constructor
 * with the plugin's components, found by type. A resource without the mark is not built, here as there.
 */
public class PluginComponentsTest {

    /** A component of the plugin, as the resources' services are. */
    public static final class Greeting {
        String text() {
            return "built by HK2";
        }
    }

    @Path("marked")
    public static class MarkedResource {
        private final Greeting greeting;

        @Inject
        public MarkedResource(Greeting greeting) {
            this.greeting = greeting;
        }

        @GET
        public String get() {
            return greeting.text();
        }
    }

    @Path("unmarked")
    public static class UnmarkedResource {
        private final Greeting greeting;

        public UnmarkedResource(Greeting greeting) {
            this.greeting = greeting;
        }

        @GET
        public String get() {
            return greeting.text();
        }
    }

    private final ApplicationHandler rest =
            new ApplicationHandler(new ResourceConfig(MarkedResource.class, UnmarkedResource.class)
                    .register(new PluginComponents(List.of(new Greeting()))));

    @Test
    public void aResourceWithAnInjectConstructorIsBuiltWithThePluginsComponents() throws Exception {
        ContainerResponse answer = get("marked");

        assertEquals(200, answer.getStatus());
        assertEquals("built by HK2", answer.getEntity());
    }

    @Test
    public void aResourceWhoseConstructorIsNotMarkedCannotBeBuilt() {
        ExecutionException refused = assertThrows(ExecutionException.class, () -> get("unmarked"));

        assertTrue(
                refused.getMessage(),
                refused.getMessage()
                        .contains("Could not find a suitable constructor in " + UnmarkedResource.class.getName()));
    }

    private ContainerResponse get(String path) throws Exception {
        return rest.apply(new ContainerRequest(
                        URI.create("http://localhost/"),
                        URI.create("http://localhost/" + path),
                        "GET",
                        null,
                        new org.glassfish.jersey.internal.MapPropertiesDelegate(),
                        null))
                .get();
    }
}
