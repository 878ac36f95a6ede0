package dev.agenda.jira.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agenda.core.time.Pause;
import dev.agenda.core.tracker.Result;
import dev.agenda.core.tracker.TrackerError;
import dev.agenda.jira.transport.JiraRequest;
import dev.agenda.jira.transport.JiraResponse;
import dev.agenda.jira.transport.JiraTransport;
import dev.agenda.jira.transport.JiraTransportException;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one logical request to Jira and answers its successful response or the classified error, retrying as the
 * {@link RetryPolicy} allows: reads after transport failures and 5xx with backoff and jitter; reads and writes that
 * Jira rate-limited after the wait it asked for (a 429 was not executed, so repeating it is safe). A write that may
 * have executed (timeout, 5xx) is never repeated here. After a rate limit, every request of this exchange — from any
 * thread — waits out what Jira asked before it is sent. A request that ends without an answer or with a 5xx, and a
 * rate limit, are logged: the method, the path without its query, what was said — never a credential. Thread-safe.
 */
public final class JiraExchange {

    private static final Logger LOG = LoggerFactory.getLogger(JiraExchange.class);

    private final JiraTransport transport;
    private final RetryPolicy policy;
    private final Pause pause;
    private final RandomGenerator random;
    private final RateLimitWait rateLimitWait;
    private final ErrorMapper errors;
    private final ObjectMapper json;
    private final RateLimitGate gate;

    public JiraExchange(
            JiraTransport transport,
            RetryPolicy policy,
            Pause pause,
            RandomGenerator random,
            RateLimitWait rateLimitWait,
            ObjectMapper json) {
        this.transport = transport;
        this.policy = policy;
        this.pause = pause;
        this.random = random;
        this.rateLimitWait = rateLimitWait;
        this.json = json;
        this.errors = new ErrorMapper(json, rateLimitWait);
        this.gate = new RateLimitGate(rateLimitWait.clock());
    }

    /** The successful (2xx) response, or the error; a 404 is worded for {@code subject}. */
    public Result<JiraResponse> send(JiraRequest request, Subject subject) {
        return send(request, subject, status -> false);
    }

    /**
     * Like {@link #send(JiraRequest, Subject)}, but answers responses with an {@code accepted} status as they are, for
     * callers that read Jira's error body themselves (a search reads which keys a 400 names).
     */
    public Result<JiraResponse> send(JiraRequest request, Subject subject, IntPredicate accepted) {
        for (int attempt = 1; ; attempt++) {
            boolean attemptsLeft = attempt < policy.maxAttempts();
            Optional<Duration> held = gate.remaining();
            if (held.isPresent() && !waited(held.get())) {
                return Result.failed(errors.unreachable(new JiraTransportException(
                        JiraTransportException.Kind.INTERRUPTED, "interrupted while Jira asked us to wait")));
            }
            JiraResponse response;
            try {
                response = transport.execute(request);
            } catch (JiraTransportException failure) {
                if (failure.kind() == JiraTransportException.Kind.INTERRUPTED) {
                    return Result.failed(errors.unreachable(failure));
                }
                if (attemptsLeft && request.isIdempotentRead() && waited(policy.backoff(attempt, random))) {
                    continue;
                }
                LOG.warn(
                        "{} to {} got no answer after {} attempt(s): {}",
                        logged(request),
                        transport.describe(),
                        attempt,
                        failure.getMessage());
                return Result.failed(errors.unreachable(failure));
            }
            if (response.isSuccess() || accepted.test(response.status())) {
                return Result.ok(response);
            }
            Optional<Duration> retryWait = retryWait(request, response, attempt);
            if (attemptsLeft && retryWait.isPresent() && waited(retryWait.get())) {
                continue;
            }
            if (response.status() >= 500) {
                LOG.warn(
                        "{} to {} was answered HTTP {} after {} attempt(s)",
                        logged(request),
                        transport.describe(),
                        response.status(),
                        attempt);
            }
            return Result.failed(errors.map(response, subject, transport.describe()));
        }
    }

    /**
     * Like {@link #send}, then reads the body as JSON; an unreadable body is a {@link TrackerError.Kind#BAD_RESPONSE}.
     */
    public Result<JsonNode> sendForJson(JiraRequest request, Subject subject) {
        return send(request, subject).flatMap(response -> parse(request, response));
    }

    /** The error mapper this exchange words its errors with, for callers that read error bodies of their own. */
    public ErrorMapper errors() {
        return errors;
    }

    /** Where requests go, for messages. */
    public String where() {
        return transport.describe();
    }

    /** The response body as JSON, or the error saying it is not. */
    public Result<JsonNode> parse(JiraRequest request, JiraResponse response) {
        try {
            JsonNode node = json.readTree(response.body());
            if (node == null || node.isMissingNode()) {
                return Result.failed(errors.unreadable(where(), "an empty answer to " + request));
            }
            return Result.ok(node);
        } catch (IOException e) {
            return Result.failed(errors.unreadable(where(), "no JSON in the answer to " + request));
        }
    }

    private Optional<Duration> retryWait(JiraRequest request, JiraResponse response, int attempt) {
        if (rateLimitWait.isRateLimit(response)) {
            Duration asked = rateLimitWait.of(response).orElseGet(() -> policy.backoff(attempt, random));
            if (asked.compareTo(policy.maxRetryAfter()) > 0) {
                return Optional.empty();
            }
            gate.closeFor(asked);
            LOG.info(
                    "{} asked to wait {} s before {}; every request waits that long",
                    transport.describe(),
                    asked.toSeconds(),
                    logged(request));
            return Optional.of(asked);
        }
        if (response.status() >= 500 && request.isIdempotentRead()) {
            return Optional.of(policy.backoff(attempt, random));
        }
        return Optional.empty();
    }

    /** The request as the log shows it: its query may hold people's names or addresses, so it is left out. */
    private static String logged(JiraRequest request) {
        int query = request.path().indexOf('?');
        return request.method() + " "
                + (query < 0 ? request.path() : request.path().substring(0, query));
    }

    private boolean waited(Duration duration) {
        try {
            pause.pause(duration);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
