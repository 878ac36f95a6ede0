package dev.agenda.preview;

import dev.agenda.services.page.CurrentViewer;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.util.Arrays;
import java.util.Optional;

/**
 * Who may call a REST resource, decided as Confluence's REST v2 decides it: from the access annotation of package
 * {@value #PACKAGE} on the resource method, else on its class, else the default — licensed users only. Documented at
 * https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints/ ; an
 * annotation of any other package (such as the servlet-side {@code com.atlassian.annotations.security}) is not one
 * REST v2 documents, so it counts for nothing and the default applies. The preview has no licences and no
 * administrators: whoever is signed in counts as a licensed user, and nobody as an administrator.
 *
 * <p>Whether the site lets anonymous users in at all is Confluence's global setting: the preview host's is off (nobody
 * reaches anything without signing in); the realism harness also runs the rules with it on. The rules run after the
 * host has said who the request is.
 */
public final class RestAccessRules implements DynamicFeature {

    /** The package of REST v2's access annotations. */
    public static final String PACKAGE = "com.atlassian.plugins.rest.api.security.annotation";

    /** The access levels REST v2 documents, loosest first. */
    public enum Access {
        UNRESTRICTED,
        ANONYMOUS_SITE,
        UNLICENSED_SITE,
        LICENSED,
        ADMIN,
        SYSTEM_ADMIN
    }

    private final CurrentViewer currentUser;
    private final boolean siteAllowsAnonymous;

    /**
     * @param currentUser         who each request is, once the host has said so
     * @param siteAllowsAnonymous whether the site lets anonymous users in at all (Confluence's global setting)
     */
    public RestAccessRules(CurrentViewer currentUser, boolean siteAllowsAnonymous) {
        this.currentUser = currentUser;
        this.siteAllowsAnonymous = siteAllowsAnonymous;
    }

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Access access = accessOf(resource.getResourceMethod())
                .or(() -> accessOf(resource.getResourceClass()))
                .orElse(Access.LICENSED);
        // After SessionFilter (AUTHENTICATION) has said who the request is.
        context.register(
                (ContainerRequestFilter) request -> refusal(access).ifPresent(request::abortWith),
                Priorities.AUTHORIZATION);
    }

    /** The access an element declares with one of REST v2's annotations, if it declares one. */
    public static Optional<Access> accessOf(AnnotatedElement element) {
        return Arrays.stream(element.getAnnotations())
                .map(Annotation::annotationType)
                .filter(type -> type.getPackageName().equals(PACKAGE))
                .map(type -> switch (type.getSimpleName()) {
                    case "UnrestrictedAccess" -> Access.UNRESTRICTED;
                    case "AnonymousSiteAccess" -> Access.ANONYMOUS_SITE;
                    case "UnlicensedSiteAccess" -> Access.UNLICENSED_SITE;
                    case "LicensedOnly" -> Access.LICENSED;
                    case "AdminOnly" -> Access.ADMIN;
                    case "SystemAdminOnly" -> Access.SYSTEM_ADMIN;
                    default ->
                        throw new IllegalStateException(
                                type.getName() + " is not an access annotation REST v2" + " documents");
                })
                .findFirst();
    }

    private Optional<Response> refusal(Access access) {
        boolean signedIn = currentUser.get().isPresent();
        return switch (access) {
            case UNRESTRICTED -> Optional.empty();
            case ANONYMOUS_SITE -> signedIn || siteAllowsAnonymous ? Optional.empty() : Optional.of(signInFirst());
            case UNLICENSED_SITE, LICENSED -> signedIn ? Optional.empty() : Optional.of(signInFirst());
            case ADMIN, SYSTEM_ADMIN ->
                Optional.of(signedIn ? refused(403, "Only an administrator may do this.") : signInFirst());
        };
    }

    private static Response signInFirst() {
        return refused(401, "Sign in to the preview host first, with your sign-in link.");
    }

    private static Response refused(int status, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity("{\"status\":" + status + ",\"message\":\"" + message + "\"}")
                .build();
    }
}
