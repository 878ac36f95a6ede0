package dev.agenda.jira.transport;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Sends requests to Jira with {@code java.net.http}: JSON in and out, the configured credentials, a connect timeout
 * (default 5 s) and a whole-request timeout (default 30 s). No retries here (see the client's retry policy), no
 * redirects followed to other hosts. The base URL may not carry credentials ({@code user:pw@}), as it is named in
 * messages.
 */
public final class JdkHttpTransport implements JiraTransport {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final String USER_AGENT = "agenda/0.1 (+https://github.com/agenda-app/agenda)";

    private final URI baseUrl;
    private final JiraCredentials credentials;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final HttpClient client;

    public JdkHttpTransport(URI baseUrl, JiraCredentials credentials) {
        this(baseUrl, credentials, DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT);
    }

    /**
     * @throws IllegalArgumentException when {@code baseUrl} holds a user name or password ({@code user:pw@host}),
     *                                  which every message naming Jira would then show; the message does not repeat it
     */
    public JdkHttpTransport(
            URI baseUrl, JiraCredentials credentials, Duration connectTimeout, Duration requestTimeout) {
        if (baseUrl.getRawUserInfo() != null
                || (baseUrl.getRawAuthority() != null
                        && baseUrl.getRawAuthority().contains("@"))) {
            throw new IllegalArgumentException("the Jira URL may not hold a user name or password (the part before"
                    + " '@'): credentials go in JiraCredentials");
        }
        String base = baseUrl.toString();
        this.baseUrl = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
        this.credentials = credentials;
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public JiraResponse execute(JiraRequest request) throws JiraTransportException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + request.path()))
                .timeout(requestTimeout)
                .header("Accept", "application/json")
                .header("User-Agent", USER_AGENT);
        credentials.authorizationHeader().ifPresent(value -> builder.header("Authorization", value));
        HttpRequest.BodyPublisher body = request.jsonBody()
                .map(json -> HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .orElse(HttpRequest.BodyPublishers.noBody());
        if (request.jsonBody().isPresent()) {
            builder.header("Content-Type", "application/json");
        }
        builder.method(request.method().name(), body);
        try {
            HttpResponse<String> response =
                    client.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new JiraResponse(response.statusCode(), response.headers().map(), response.body());
        } catch (HttpConnectTimeoutException e) {
            throw new JiraTransportException(
                    JiraTransportException.Kind.TIMEOUT,
                    "no connection to Jira at " + baseUrl + " within " + seconds(connectTimeout));
        } catch (HttpTimeoutException e) {
            throw new JiraTransportException(
                    JiraTransportException.Kind.TIMEOUT,
                    "Jira at " + baseUrl + " did not answer within " + seconds(requestTimeout));
        } catch (ConnectException e) {
            throw new JiraTransportException(
                    JiraTransportException.Kind.CONNECTION_REFUSED, "Jira at " + baseUrl + " refused the connection");
        } catch (IOException e) {
            if (rootCause(e) instanceof UnknownHostException) {
                throw new JiraTransportException(
                        JiraTransportException.Kind.UNKNOWN_HOST,
                        "the Jira host " + baseUrl.getHost() + " is not known");
            }
            throw new JiraTransportException(
                    JiraTransportException.Kind.IO,
                    "the connection to Jira at " + baseUrl + " failed ("
                            + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JiraTransportException(
                    JiraTransportException.Kind.INTERRUPTED, "the request to Jira at " + baseUrl + " was interrupted");
        }
    }

    @Override
    public String describe() {
        return "Jira at " + baseUrl;
    }

    private static String seconds(Duration duration) {
        return duration.toSeconds() + " s";
    }

    private static Throwable rootCause(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
