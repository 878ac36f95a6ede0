package dev.agenda.confluence.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkRequest;
import com.atlassian.applinks.api.ApplicationLinkRequestFactory;
import com.atlassian.applinks.api.ApplicationLinkResponseHandler;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.applinks.api.AuthorisationURIGenerator;
import com.atlassian.applinks.api.CredentialsRequiredException;
import com.atlassian.applinks.api.application.jira.JiraApplicationType;
import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.Response;
import dev.agenda.confluence.i18n.PluginMessages;
import dev.agenda.core.tracker.Result;
import dev.agenda.core.tracker.TrackerError;
import dev.agenda.services.jira.JiraSession;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

public class ApplicationLinkJiraAccessTest {

    private final ApplicationLinkService links = mock(ApplicationLinkService.class);
    private final ApplicationLink link = mock(ApplicationLink.class);
    private final ApplicationLinkRequestFactory factory = mock(ApplicationLinkRequestFactory.class);
    private final ApplicationLinkJiraAccess access =
            new ApplicationLinkJiraAccess(links, new PluginMessages(), Clock.systemUTC());

    @Test
    public void withoutAJiraLinkThereIsNoTrackerAndTheErrorSaysSo() {
        JiraSession session = access.open();

        TrackerError error = session.tracker().failure().orElseThrow();
        assertEquals(TrackerError.Kind.NOT_AUTHENTICATED, error.kind());
        assertTrue(error.message(), error.message().startsWith("No Jira application link is configured."));
        assertEquals(Optional.empty(), session.authorisationUri());
    }

    @Test
    public void aUserWhoHasNotAuthorisedTheLinkGetsNotAuthenticatedAndTheConsentAddress() throws Exception {
        URI consent = URI.create("https://jira.example.org/plugins/servlet/applinks/oauth/login-dance/authorize");
        AuthorisationURIGenerator generator = mock(AuthorisationURIGenerator.class);
        when(generator.getAuthorisationURI()).thenReturn(consent);
        linked();
        when(factory.createRequest(any(), anyString())).thenThrow(new CredentialsRequiredException(generator, "none"));

        JiraSession session = access.open();

        assertEquals(
                TrackerError.Kind.NOT_AUTHENTICATED,
                session.tracker().failure().orElseThrow().kind());
        assertEquals(Optional.of(consent), session.authorisationUri());
    }

    @Test
    public void anAuthorisedUserGetsATrackerInTheDeploymentJiraReports() throws Exception {
        linked();
        ApplicationLinkRequest request = mock(ApplicationLinkRequest.class);
        Response response = mock(Response.class);
        when(factory.createRequest(Request.MethodType.GET, "/rest/api/2/serverInfo"))
                .thenReturn(request);
        when(response.getStatusCode()).thenReturn(200);
        when(response.getHeaders()).thenReturn(Map.of());
        when(response.getResponseBodyAsString())
                .thenReturn("{\"baseUrl\":\"https://jira.example.org\","
                        + "\"version\":\"10.3.1\",\"deploymentType\":\"Server\"}");
        when(request.execute(any(ApplicationLinkResponseHandler.class)))
                .thenAnswer(call ->
                        call.<ApplicationLinkResponseHandler<?>>getArgument(0).handle(response));

        JiraSession session = access.open();

        assertTrue(session.tracker() instanceof Result.Ok);
        assertEquals(Optional.empty(), session.authorisationUri());
        assertEquals(
                "serverInfo said Server, so the tracker speaks Data Center's REST v2",
                "/rest/api/2",
                ((dev.agenda.jira.JiraRestIssueTracker) session.tracker().value())
                        .dialect()
                        .apiRoot());

        JiraSession next = access.open();
        assertEquals(
                "/rest/api/2",
                ((dev.agenda.jira.JiraRestIssueTracker) next.tracker().value())
                        .dialect()
                        .apiRoot());
        verify(request, times(1)).execute(any(ApplicationLinkResponseHandler.class));
        verify(factory, times(1)).createRequest(Request.MethodType.GET, "/rest/api/2/serverInfo");
    }

    private void linked() {
        when(links.getPrimaryApplicationLink(JiraApplicationType.class)).thenReturn(link);
        when(link.getDisplayUrl()).thenReturn(URI.create("https://jira.example.org"));
        when(link.createAuthenticatedRequestFactory()).thenReturn(factory);
    }
}
