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
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one logical request to Jira and answers its successful response or the classified error, retrying as the
 * {@link RetryPolicy} allows, within a {@link Patience}:
 *
 * <ul>
 *   <li>a read, or a write {@linkplain JiraRequest#isSafeToRepeat() safe to repeat}, is tried again after a transport
 *       failure or a 5xx, after an exponential backoff with jitter;
 *   <li>a write that must not run twice is tried again only when {@linkplain #sendChecked an AppliedCheck} asked Jira
 *       and found it not applied; without one (a create) it is never repeated here — the sync looks again first;
 *   <li>any request Jira rate-limited (429, or 503 with a wait) is sent again after the wait Jira asked for, which is
 *       not counted as a failed try.
 * </ul>
 *
 * A request stops trying when its next wait would go past its patience; the error then says how long Jira kept
 * failing and how often. A wait Jira asks for that is longer than the patience left is reported, not waited.
 *
 * <p>After a rate limit, no request of this exchange — nor of the runs made from it ({@link #forRun}), on any thread —
 * is sent before the wait Jira asked for has passed: the gate is checked immediately before each send, after every
 * wait of any kind, so a thread coming out of its own backoff waits out a rate limit that began meanwhile. Requests
 * already sent are not called back.
 *
 * <p>A request that ends without an answer or with a 5xx, and a rate limit, are logged: the method, the path without
 * its query, what was said — never a credential. Thread-safe.
 */
public final class JiraExchange {

    private static final Logger LOG = LoggerFactory.getLogger(JiraExchange.class);

    /** What a checked write answers when Jira, asked again, shows it was applied although its answer was lost. */
    private static final JiraResponse APPLIED = new JiraResponse(204, Map.of(), "");

    private final JiraTransport transport;
    private final RetryPolicy policy;
    private final Pause pause;
    private final RandomGenerator random;
    private final RateLimitWait rateLimitWait;
    private final ErrorMapper errors;
    private final ObjectMapper json;
    private final RateLimitGate gate;
    private final Patience patience;

    /** An exchange whose requests each have the policy's request patience, with a rate-limit gate of its own. */
    public JiraExchange(
            JiraTransport transport,
            RetryPolicy policy,
            Pause pause,
            RandomGenerator random,
            RateLimitWait rateLimitWait,
            ObjectMapper json) {
        this(
                transport,
                policy,
                pause,
                random,
                rateLimitWait,
                json,
                new ErrorMapper(json, rateLimitWait),
                new RateLimitGate(rateLimitWait.clock()),
                Patience.perRequest(policy.requestPatience()));
    }

    private JiraExchange(
            JiraTransport transport,
            RetryPolicy policy,
            Pause pause,
            RandomGenerator random,
            RateLimitWait rateLimitWait,
            ObjectMapper json,
            ErrorMapper errors,
            RateLimitGate gate,
            Patience patience) {
        this.transport = transport;
        this.policy = policy;
        this.pause = pause;
        this.random = random;
        this.rateLimitWait = rateLimitWait;
        this.json = json;
        this.errors = errors;
        this.gate = gate;
        this.patience = patience;
    }

    /**
     * An exchange for one run starting now: the same transport and rate-limit gate, and one patience of the policy's
     * run patience shared by all its requests on every thread. Already a run: this exchange.
     */
    public JiraExchange forRun() {
        if (patience.isRun()) {
            return this;
        }
        return new JiraExchange(
                transport,
                policy,
                pause,
                random,
                rateLimitWait,
                json,
                errors,
                gate,
                Patience.forRun(rateLimitWait.clock().instant(), policy.runPatience()));
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
        return exchange(request, subject, accepted, null);
    }

    /**
     * Like {@link #send(JiraRequest, Subject)} for a write that must not run twice: after a failure that may have
     * applied it, and a backoff, {@code applied} asks Jira whether it did; the write is sent again only when Jira shows
     * it did not, and counts as done (an empty 204) when Jira shows it did.
     */
    public Result<JiraResponse> sendChecked(JiraRequest request, Subject subject, AppliedCheck applied) {
        return exchange(request, subject, status -> false, applied);
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

    /** What to do after a try that may have been executed failed. */
    private enum Next {
        /** Send it again. */
        AGAIN,
        /** Jira shows the write was applied: done. */
        APPLIED,
        /** Report the failure: the request may not be repeated, or Jira could not be asked whether it was applied. */
        STOP,
        /** Report the failure: waiting again would go past the patience. */
        OUT_OF_PATIENCE
    }

    private Result<JiraResponse> exchange(
            JiraRequest request, Subject subject, IntPredicate accepted, @Nullable AppliedCheck applied) {
        Instant started = now();
        Instant deadline = patience.deadlineFor(started);
        int tries = 0;
        int failures = 0;
        int rateLimits = 0;
        while (true) {
            Optional<TrackerError> heldBack = passGate(deadline);
            if (heldBack.isPresent()) {
                return Result.failed(heldBack.get());
            }
            tries++;
            JiraResponse response;
            try {
                response = transport.execute(request);
            } catch (JiraTransportException failure) {
                if (failure.kind() == JiraTransportException.Kind.INTERRUPTED) {
                    return Result.failed(errors.unreachable(failure));
                }
                Optional<Result<JiraResponse>> end = afterFailedTry(
                        request,
                        applied,
                        new Tries(++failures, tries, started, deadline),
                        errors.unreachable(failure),
                        "got no answer (" + failure.getMessage() + ")");
                if (end.isEmpty()) {
                    continue;
                }
                return end.get();
            }
            if (response.isSuccess() || accepted.test(response.status())) {
                return Result.ok(response);
            }
            if (rateLimitWait.isRateLimit(response)) {
                int limitedSoFar = ++rateLimits;
                Duration asked = rateLimitWait
                        .of(response)
                        .filter(wait -> !wait.isZero())
                        .orElseGet(() -> policy.backoff(limitedSoFar, random));
                gate.closeFor(asked);
                LOG.info(
                        "{} asked to wait {} before {}; every request waits that long",
                        transport.describe(),
                        Waits.words(asked),
                        logged(request));
                if (fits(asked, deadline)) {
                    continue; // the gate holds this request back too; a rate limit is not a failed try
                }
                TrackerError limited = errors.map(response, subject, transport.describe());
                return Result.failed(appended(
                        limited,
                        "That is longer than the time left of " + patience.describe() + "; it was not waited."));
            }
            if (response.status() >= 500) {
                Optional<Result<JiraResponse>> end = afterFailedTry(
                        request,
                        applied,
                        new Tries(++failures, tries, started, deadline),
                        errors.map(response, subject, transport.describe()),
                        "was answered HTTP " + response.status());
                if (end.isEmpty()) {
                    continue;
                }
                return end.get();
            }
            return Result.failed(errors.map(response, subject, transport.describe()));
        }
    }

    /**
     * Waits while the rate-limit gate is closed, checking it again after every wait (another answer may have closed
     * it for longer meanwhile); the error when the wait is longer than the patience left, or was interrupted.
     */
    private Optional<TrackerError> passGate(Instant deadline) {
        for (Optional<Duration> held = gate.remaining(); held.isPresent(); held = gate.remaining()) {
            Duration wait = held.get();
            if (!fits(wait, deadline)) {
                return Optional.of(appended(
                        TrackerError.rateLimited(wait),
                        "Every request waits that long, more than the time left of " + patience.describe() + "."));
            }
            if (!waited(wait)) {
                return Optional.of(interrupted());
            }
        }
        return Optional.empty();
    }

    /** How a request's tries have gone so far, and until when it may keep trying. */
    private record Tries(int failures, int tries, Instant started, Instant deadline) {}

    /**
     * After a try that may have been executed failed ({@code what} happened): empty to send the request again, else
     * how it ends — applied after all, or failed with {@code error}, worded with how long Jira kept failing, and
     * logged.
     */
    private Optional<Result<JiraResponse>> afterFailedTry(
            JiraRequest request, @Nullable AppliedCheck applied, Tries tries, TrackerError error, String what) {
        Next next = afterFailure(request, applied, tries.failures(), tries.deadline());
        if (next == Next.AGAIN) {
            return Optional.empty();
        }
        if (next == Next.APPLIED) {
            return Optional.of(Result.ok(APPLIED));
        }
        LOG.warn("{} to {} {} after {} attempt(s)", logged(request), transport.describe(), what, tries.tries());
        return Optional.of(Result.failed(worded(error, next, tries.tries(), tries.started())));
    }

    private Next afterFailure(JiraRequest request, @Nullable AppliedCheck applied, int failures, Instant deadline) {
        boolean repeatable = request.isSafeToRepeat();
        if (!repeatable && applied == null) {
            return Next.STOP;
        }
        Duration backoff = policy.backoff(failures, random);
        if (!fits(backoff, deadline)) {
            return Next.OUT_OF_PATIENCE;
        }
        if (!waited(backoff)) {
            return Next.STOP;
        }
        if (repeatable || applied == null) {
            return Next.AGAIN;
        }
        Result<Boolean> check = applied.applied();
        if (!check.isOk()) {
            return Next.STOP;
        }
        return check.value() ? Next.APPLIED : Next.AGAIN;
    }

    /** The error as a caller sees it: with how long Jira kept failing, when the patience ran out. */
    private TrackerError worded(TrackerError error, Next next, int tries, Instant started) {
        if (next != Next.OUT_OF_PATIENCE || patience.length().isZero()) {
            return error;
        }
        if (tries == 1) {
            return appended(error, "No time was left to try again: " + patience.describe() + " was used up.");
        }
        return appended(
                error,
                "Jira kept failing for " + Waits.words(Duration.between(started, now())) + " (" + tries
                        + " tries); waiting to try again would have gone past " + patience.describe() + ".");
    }

    private static TrackerError appended(TrackerError error, String sentence) {
        return new TrackerError(
                error.kind(), error.message() + " " + sentence, error.fieldErrors(), error.retryAfter());
    }

    private TrackerError interrupted() {
        return errors.unreachable(new JiraTransportException(
                JiraTransportException.Kind.INTERRUPTED, "interrupted while Jira asked us to wait"));
    }

    /** Whether waiting this long still ends within the patience; a zero wait fits while any patience is left. */
    private boolean fits(Duration wait, Instant deadline) {
        Instant now = now();
        return wait.isZero() ? now.isBefore(deadline) : !now.plus(wait).isAfter(deadline);
    }

    private Instant now() {
        return rateLimitWait.clock().instant();
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
