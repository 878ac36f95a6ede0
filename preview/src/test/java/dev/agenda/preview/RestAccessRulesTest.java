package dev.agenda.preview;

import static org.junit.Assert.assertEquals;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.agenda.confluence.rest.ActionsResource;
import dev.agenda.confluence.rest.StatusResource;
import dev.agenda.confluence.rest.SyncResource;
import dev.agenda.confluence.rest.TickResource;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.Optional;
import org.junit.Test;

/** REST v2's access rules as the preview reads them from the resources' annotations. */
public class RestAccessRulesTest {

    @AnonymousSiteAccess
    static class OpenClass {
        @LicensedOnly
        public void closedMethod() {
        }

        public void plainMethod() {
        }
    }

    /** The same name in another package, as the servlet-side {@code com.atlassian.annotations.security} has it. */
    static final class Elsewhere {
        @Retention(RetentionPolicy.RUNTIME)
        @interface AnonymousSiteAccess {
        }
    }

    @Elsewhere.AnonymousSiteAccess
    static class ServletAnnotated {
    }

    @Test
    public void theMethodsAnnotationComesFirstThenTheClasss() throws Exception {
        assertEquals(Optional.of(RestAccessRules.Access.LICENSED),
                RestAccessRules.accessOf(OpenClass.class.getMethod("closedMethod")));
        assertEquals(Optional.empty(), RestAccessRules.accessOf(OpenClass.class.getMethod("plainMethod")));
        assertEquals(Optional.of(RestAccessRules.Access.ANONYMOUS_SITE), RestAccessRules.accessOf(OpenClass.class));
    }

    @Test
    public void anAnnotationOfAnotherPackageCountsForNothing() {
        assertEquals(Optional.empty(), RestAccessRules.accessOf(ServletAnnotated.class));
    }

    @Test
    public void thePluginsResourcesDeclareWhatEachNeeds() {
        assertEquals(Optional.of(RestAccessRules.Access.ANONYMOUS_SITE),
                RestAccessRules.accessOf(ActionsResource.class));
        assertEquals(Optional.of(RestAccessRules.Access.ANONYMOUS_SITE),
                RestAccessRules.accessOf(StatusResource.class));
        assertEquals(Optional.of(RestAccessRules.Access.LICENSED), RestAccessRules.accessOf(SyncResource.class));
        assertEquals(Optional.of(RestAccessRules.Access.LICENSED), RestAccessRules.accessOf(TickResource.class));
    }
}
