package dev.agenda.preview;

import static org.junit.Assert.assertEquals;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.agenda.confluence.rest.ActionsResource;
import dev.agenda.confluence.rest.CalendarResource;
import dev.agenda.confluence.rest.NextMeetingResource;
import dev.agenda.confluence.rest.RegisterResource;
import dev.agenda.confluence.rest.RemovedTaskResource;
import dev.agenda.confluence.rest.StatusResource;
import dev.agenda.confluence.rest.SyncResource;
import dev.agenda.confluence.rest.TickResource;
import dev.agenda.core.users.InMemoryUserDirectory;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.Test;

/** REST v2's access rules as the preview reads them from the resources' annotations. */
public class RestAccessRulesTest {

    @AnonymousSiteAccess
    static class OpenClass {
        @LicensedOnly
        public void closedMethod() {}

        public void plainMethod() {}
    }

    /** The same name in another package, as the servlet-side {@code com.atlassian.annotations.security} has it. */
    static final class Elsewhere {
        @Retention(RetentionPolicy.RUNTIME)
        @interface AnonymousSiteAccess {}
    }

    @Elsewhere.AnonymousSiteAccess
    static class ServletAnnotated {}

    @Test
    public void theMethodsAnnotationComesFirstThenTheClasss() throws Exception {
        assertEquals(
                Optional.of(RestAccessRules.Access.LICENSED),
                RestAccessRules.accessOf(OpenClass.class.getMethod("closedMethod")));
        assertEquals(Optional.empty(), RestAccessRules.accessOf(OpenClass.class.getMethod("plainMethod")));
        assertEquals(Optional.of(RestAccessRules.Access.ANONYMOUS_SITE), RestAccessRules.accessOf(OpenClass.class));
    }

    @Test
    public void anAnnotationOfAnotherPackageCountsForNothing() {
        assertEquals(Optional.empty(), RestAccessRules.accessOf(ServletAnnotated.class));
    }

    @Path("open")
    @AnonymousSiteAccess
    public static class OpenResource {
        @GET
        public String get() {
            return "open";
        }
    }

    @Path("plain")
    public static class PlainResource {
        @GET
        public String get() {
            return "plain";
        }
    }

    @Test
    public void anonymousRequestsReachOnlyWhatTheSiteAndTheAnnotationsAllow() throws Exception {
        SignedInUser current = new SignedInUser();
        ApplicationHandler closedSite = rest(current, false);
        ApplicationHandler openSite = rest(current, true);

        assertEquals("anonymous, on a site without anonymous access", 401, status(closedSite, "open"));
        assertEquals("anonymous, where the site lets them in", 200, status(openSite, "open"));
        assertEquals("no annotation: licensed users only", 401, status(openSite, "plain"));
        current.set(PreviewUser.of("womullane", new InMemoryUserDirectory(List.of())));
        try {
            assertEquals(200, status(closedSite, "plain"));
            assertEquals(200, status(closedSite, "open"));
        } finally {
            current.clear();
        }
    }

    private static ApplicationHandler rest(SignedInUser current, boolean siteAllowsAnonymous) {
        return new ApplicationHandler(new ResourceConfig(OpenResource.class, PlainResource.class)
                .register(new RestAccessRules(current, siteAllowsAnonymous)));
    }

    private static int status(ApplicationHandler rest, String path) throws Exception {
        return rest.apply(new ContainerRequest(
                        URI.create("http://localhost/"),
                        URI.create("http://localhost/" + path),
                        "GET",
                        null,
                        new MapPropertiesDelegate(),
                        null))
                .get()
                .getStatus();
    }

    @Test
    public void thePluginsResourcesDeclareWhatEachNeeds() {
        assertEquals(
                Optional.of(RestAccessRules.Access.ANONYMOUS_SITE), RestAccessRules.accessOf(ActionsResource.class));
        assertEquals(
                Optional.of(RestAccessRules.Access.ANONYMOUS_SITE), RestAccessRules.accessOf(StatusResource.class));
        assertEquals(Optional.of(RestAccessRules.Access.LICENSED), RestAccessRules.accessOf(SyncResource.class));
        assertEquals(Optional.of(RestAccessRules.Access.LICENSED), RestAccessRules.accessOf(TickResource.class));
        assertEquals(Optional.of(RestAccessRules.Access.LICENSED), RestAccessRules.accessOf(RemovedTaskResource.class));
        assertEquals(
                Optional.of(RestAccessRules.Access.ANONYMOUS_SITE), RestAccessRules.accessOf(CalendarResource.class));
        assertEquals(
                Optional.of(RestAccessRules.Access.ANONYMOUS_SITE), RestAccessRules.accessOf(RegisterResource.class));
        assertEquals(Optional.of(RestAccessRules.Access.LICENSED), RestAccessRules.accessOf(NextMeetingResource.class));
    }
}
