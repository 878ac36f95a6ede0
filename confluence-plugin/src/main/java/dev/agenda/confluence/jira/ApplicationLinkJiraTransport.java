package dev.agenda.confluence.jira;

import com.atlassian.applinks.api.ApplicationLinkRequest;
import com.atlassian.applinks.api.ApplicationLinkRequestFactory;
import com.atlassian.applinks.api.ApplicationLinkResponseHandler;
import com.atlassian.applinks.api.CredentialsRequiredException;
import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.agenda.jira.transport.JiraRequest;
import dev.agenda.jira.transport.JiraResponse;
import dev.agenda.jira.transport.JiraTransport;
import dev.agenda.jira.transport.JiraTransportException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sends Jira requests through Confluence's application link to Jira, authenticated as the user the link's request
 * factory was made for (the current user, when it was made on a request thread). Paths are relative
 * ({@code /rest/api/2/...}); the link resolves them against Jira's address.
 *
 * <p>When the user has not yet authorised Confluence in Jira, the link refuses to make the request
 * ({@link CredentialsRequiredException}) or Jira answers that it needs credentials. Either way this transport answers
 * a synthetic HTTP 401 (which the Jira client classifies as NOT_AUTHENTICATED and never retries) and remembers
 * where the user can give consent, {@link #authorisationUri()}, so the UI can offer "authorise with Jira". A request
 * that got no answer ({@link ResponseException}) is a {@link JiraTransportException} of kind IO. Thread-safe; make
 * one per user.
 */
public final class ApplicationLinkJiraTransport implements JiraTransport {

    static final int UNAUTHORISED = 401;
    private static final String JSON = "application/json";

    private final ApplicationLinkRequestFactory requests;
    private final String where;
    private final AtomicReference<URI> authorisation = new AtomicReference<>();

    /**
     * @param requests the link's authenticated request factory
     * @param where    how messages name Jira ("Jira at https://jira.example.org")
     */
    public ApplicationLinkJiraTransport(ApplicationLinkRequestFactory requests, String where) {
        this.requests = requests;
        this.where = where;
    }

    @Override
    public JiraResponse execute(JiraRequest request) throws JiraTransportException {
        ApplicationLinkRequest linked;
        try {
            linked = requests.createRequest(methodOf(request), request.path());
        } catch (CredentialsRequiredException e) {
            return consentNeeded(e.getAuthorisationURI());
        }
        linked.setHeader("Accept", JSON);
        request.jsonBody().ifPresent(body -> linked.setRequestBody(body, JSON));
        try {
            return linked.execute(new Handler());
        } catch (ResponseException e) {
            throw new JiraTransportException(
                    JiraTransportException.Kind.IO,
                    "the request to " + where + " through the application link failed ("
                            + e.getClass().getSimpleName() + ")");
        }
    }

    @Override
    public String describe() {
        return where;
    }

    /** Where the user can authorise Confluence in Jira, once a request found that they must. */
    public Optional<URI> authorisationUri() {
        return Optional.ofNullable(authorisation.get());
    }

    private JiraResponse consentNeeded(URI uri) {
        if (uri != null) {
            authorisation.set(uri);
        }
        String body = JsonNodeFactory.instance
                .objectNode()
                .set(
                        "errorMessages",
                        JsonNodeFactory.instance
                                .arrayNode()
                                .add("Authorise Confluence to use " + where + " on your behalf, then try again."))
                .toString();
        return new JiraResponse(UNAUTHORISED, Map.of("Content-Type", List.of(JSON)), body);
    }

    private static Request.MethodType methodOf(JiraRequest request) {
        return switch (request.method()) {
            case GET -> Request.MethodType.GET;
            case POST -> Request.MethodType.POST;
            case PUT -> Request.MethodType.PUT;
        };
    }

    private static Map<String, List<String>> headersOf(Response response) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, String> given = response.getHeaders();
        if (given != null) {
            given.forEach((name, value) -> {
                if (name != null && value != null) {
                    headers.put(name, List.of(value));
                }
            });
        }
        return headers;
    }

    /** Reads every answer, errors included: interpreting statuses is the Jira client's job, not the transport's. */
    private final class Handler implements ApplicationLinkResponseHandler<JiraResponse> {

        @Override
        public JiraResponse handle(Response response) throws ResponseException {
            return new JiraResponse(response.getStatusCode(), headersOf(response), response.getResponseBodyAsString());
        }

        @Override
        public JiraResponse credentialsRequired(Response response) {
            return consentNeeded(requests.getAuthorisationURI());
        }
    }
}
