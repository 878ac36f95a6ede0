package dev.agenda.confluence.jira;

import com.atlassian.applinks.api.ApplicationLinkRequest;
import com.atlassian.applinks.api.ApplicationLinkRequestFactory;
import com.atlassian.applinks.api.ApplicationLinkResponseHandler;
import com.atlassian.applinks.api.CredentialsRequiredException;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A test double of the request factory an application link with OAuth 1.0a "3LO" (impersonating) authentication
 * makes, as applinks' own code behaves (read in decompiled form; see docs/DESIGN.md): it reads the user of the thread
 * that creates each request — Confluence's {@link AuthenticatedUserThreadLocal} — and throws a
 * {@link NullPointerException} ("You have to be logged in to use oauth authentication.") on a thread without one;
 * a user who has not authorised Confluence gets {@link CredentialsRequiredException}. Requests go to a Jira over HTTP
 * with that user's own token, so Jira sees who they were sent as. Records which thread and user made each request.
 * Thread-safe.
 */
final class ThreeLeggedOAuthRequests implements ApplicationLinkRequestFactory {

    /** One request as the link made it: the thread it was made on, and the user it was made as. */
    record Made(String thread, String username, String path) {}

    private final URI jira;
    private final Map<String, String> tokensByUsername;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final List<Made> made = new CopyOnWriteArrayList<>();

    ThreeLeggedOAuthRequests(URI jira, Map<String, String> tokensByUsername) {
        this.jira = jira;
        this.tokensByUsername = new ConcurrentHashMap<>(tokensByUsername);
    }

    @Override
    public ApplicationLinkRequest createRequest(Request.MethodType method, String url)
            throws CredentialsRequiredException {
        ConfluenceUser user = AuthenticatedUserThreadLocal.get();
        if (user == null) {
            throw new NullPointerException("You have to be logged in to use oauth authentication.");
        }
        String token = tokensByUsername.get(user.getName());
        if (token == null) {
            throw new CredentialsRequiredException(
                    this, "You do not have an authorized access token for the remote" + " resource.");
        }
        made.add(new Made(Thread.currentThread().getName(), user.getName(), url));
        return new Sent(method, url, token);
    }

    @Override
    public URI getAuthorisationURI() {
        return jira.resolve("/plugins/servlet/oauth/authorize");
    }

    @Override
    public URI getAuthorisationURI(URI callback) {
        return getAuthorisationURI();
    }

    /** A request bound to the user it was made for, sent when executed. */
    private final class Sent implements ApplicationLinkRequest {

        private final Request.MethodType method;
        private final String path;
        private final String token;
        private final Map<String, String> headers = new TreeMap<>();
        private String body;
        private String contentType;

        Sent(Request.MethodType method, String path, String token) {
            this.method = method;
            this.path = path;
            this.token = token;
        }

        @Override
        public ApplicationLinkRequest setRequestBody(String requestBody, String type) {
            this.body = requestBody;
            this.contentType = type;
            return this;
        }

        @Override
        public ApplicationLinkRequest setHeader(String name, String value) {
            headers.put(name, value);
            return this;
        }

        @Override
        public <R> R execute(ApplicationLinkResponseHandler<R> handler) throws ResponseException {
            HttpRequest.Builder request = HttpRequest.newBuilder(
                            URI.create(jira.toString().replaceAll("/$", "") + path))
                    .timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + token)
                    .method(
                            method.name(),
                            body == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(body));
            headers.forEach(request::header);
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            HttpResponse<String> answer;
            try {
                answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new ResponseException("the request to Jira failed: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ResponseException("interrupted");
            }
            return handler.handle(new Answer(answer));
        }
    }

    /** Jira's answer as SAL's Response shows it: one value per header. */
    private record Answer(HttpResponse<String> answer) implements Response {

        @Override
        public int getStatusCode() {
            return answer.statusCode();
        }

        @Override
        public String getResponseBodyAsString() {
            return answer.body();
        }

        @Override
        public Map<String, String> getHeaders() {
            Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            answer.headers().map().forEach((name, values) -> headers.put(name, String.join(",", values)));
            return headers;
        }
    }
}
