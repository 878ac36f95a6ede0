package dev.agenda.confluence.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.applinks.api.ApplicationLinkRequest;
import com.atlassian.applinks.api.ApplicationLinkRequestFactory;
import com.atlassian.applinks.api.ApplicationLinkResponseHandler;
import com.atlassian.applinks.api.AuthorisationURIGenerator;
import com.atlassian.applinks.api.CredentialsRequiredException;
import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;
import dev.agenda.jira.transport.JiraRequest;
import dev.agenda.jira.transport.JiraResponse;
import dev.agenda.jira.transport.JiraTransportException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

public class ApplicationLinkJiraTransportTest {

    private static final URI CONSENT = URI.create("https://jira.example.org/plugins/servlet/oauth/authorize?t=1");

    private final ApplicationLinkRequestFactory factory = mock(ApplicationLinkRequestFactory.class);
    private final ApplicationLinkRequest request = mock(ApplicationLinkRequest.class);
    private final Response response = mock(Response.class);
    private final ApplicationLinkJiraTransport transport =
            new ApplicationLinkJiraTransport(factory, "Jira at https://jira.example.org");

    @Test
    public void aJiraAnswerComesBackWithItsStatusHeadersAndBodyErrorsIncluded() throws Exception {
        when(factory.createRequest(Request.MethodType.GET, "/rest/api/2/issue/DM-1?fields=status"))
                .thenReturn(request);
        answer(
                404,
                Map.of("Content-Type", "application/json", "X-RateLimit-Remaining", "99"),
                "{\"errorMessages\":[\"Issue does not exist\"]}");

        JiraResponse answer = transport.execute(JiraRequest.get("/rest/api/2/issue/DM-1?fields=status"));

        assertEquals(404, answer.status());
        assertEquals("{\"errorMessages\":[\"Issue does not exist\"]}", answer.body());
        assertEquals(Optional.of("99"), answer.header("x-ratelimit-remaining"));
        verify(request).setHeader("Accept", "application/json");
        verify(request, never()).setRequestBody(anyString(), anyString());
        assertEquals(Optional.empty(), transport.authorisationUri());
    }

    @Test
    public void aJsonBodyIsSentAsJsonWithTheRequestsMethod() throws Exception {
        when(factory.createRequest(Request.MethodType.POST, "/rest/api/2/issue/bulk"))
                .thenReturn(request);
        answer(201, Map.of(), "{\"issues\":[]}");

        JiraResponse answer = transport.execute(JiraRequest.post("/rest/api/2/issue/bulk", "{\"issueUpdates\":[]}"));

        assertEquals(201, answer.status());
        verify(request).setRequestBody("{\"issueUpdates\":[]}", "application/json");
    }

    @Test
    public void withoutTheUsersConsentTheAnswerIsA401AndTheConsentAddressIsKept() throws Exception {
        AuthorisationURIGenerator generator = mock(AuthorisationURIGenerator.class);
        when(generator.getAuthorisationURI()).thenReturn(CONSENT);
        when(factory.createRequest(any(), anyString()))
                .thenThrow(new CredentialsRequiredException(generator, "no OAuth token for womullane"));

        JiraResponse answer = transport.execute(JiraRequest.get("/rest/api/2/myself"));

        assertEquals(401, answer.status());
        assertTrue(
                answer.body(), answer.body().contains("Authorise Confluence to use Jira at https://jira.example.org"));
        assertEquals(Optional.of(CONSENT), transport.authorisationUri());
    }

    @Test
    public void jiraAskingForCredentialsMidRequestIsTheSameConsentAnswer() throws Exception {
        when(factory.createRequest(Request.MethodType.GET, "/rest/api/2/myself"))
                .thenReturn(request);
        when(factory.getAuthorisationURI()).thenReturn(CONSENT);
        when(request.execute(any(ApplicationLinkResponseHandler.class)))
                .thenAnswer(call ->
                        call.<ApplicationLinkResponseHandler<?>>getArgument(0).credentialsRequired(response));

        JiraResponse answer = transport.execute(JiraRequest.get("/rest/api/2/myself"));

        assertEquals(401, answer.status());
        assertEquals(List.of("application/json"), answer.headers().get("content-type"));
        assertEquals(Optional.of(CONSENT), transport.authorisationUri());
    }

    @Test
    public void noAnswerAtAllIsAnIoTransportFailureNamingJiraNotTheCause() throws Exception {
        when(factory.createRequest(Request.MethodType.PUT, "/rest/api/2/issue/DM-1"))
                .thenReturn(request);
        when(request.execute(any(ApplicationLinkResponseHandler.class)))
                .thenThrow(new ResponseException("Connection reset; token=secret"));

        JiraTransportException failure = assertThrows(
                JiraTransportException.class, () -> transport.execute(JiraRequest.put("/rest/api/2/issue/DM-1", "{}")));

        assertEquals(JiraTransportException.Kind.IO, failure.kind());
        assertEquals(
                "the request to Jira at https://jira.example.org through the application link failed"
                        + " (ResponseException)",
                failure.getMessage());
        assertEquals("Jira at https://jira.example.org", transport.describe());
    }

    private void answer(int status, Map<String, String> headers, String body) throws ResponseException {
        when(response.getStatusCode()).thenReturn(status);
        when(response.getHeaders()).thenReturn(headers);
        when(response.getResponseBodyAsString()).thenReturn(body);
        when(request.execute(any(ApplicationLinkResponseHandler.class)))
                .thenAnswer(call ->
                        call.<ApplicationLinkResponseHandler<?>>getArgument(0).handle(response));
    }
}
