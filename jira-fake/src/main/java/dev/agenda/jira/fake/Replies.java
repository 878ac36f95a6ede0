package dev.agenda.jira.fake;

import com.fasterxml.jackson.databind.JsonNode;
import dev.agenda.core.tracker.Done;
import dev.agenda.core.tracker.Result;
import dev.agenda.core.tracker.TrackerError;
import java.util.function.Function;

/**
 * Turns the world's results into Jira's answers: a value into its JSON, an error into the status and body Jira
 * gives — 404 {@code "No project could be found with key 'X'."} or {@code "Issue Does Not Exist"} for what the user
 * cannot see, 400 with per-field {@code errors} for what Jira refuses.
 */
final class Replies {

    private final FakeJiraJson json;

    Replies(FakeJiraJson json) {
        this.json = json;
    }

    <T> Reply answer(Result<T> result, Function<T, JsonNode> body) {
        return answer(result, body, 200);
    }

    <T> Reply answer(Result<T> result, Function<T, JsonNode> body, int status) {
        if (result instanceof Result.Ok<T> ok) {
            return Reply.json(status, body.apply(ok.value()));
        }
        return failure(result.failure().orElseThrow());
    }

    /** 204 for success, else the failure. */
    Reply done(Result<Done> result) {
        return result.isOk() ? Reply.noContent() : failure(result.failure().orElseThrow());
    }

    Reply projectNotFound(String projectKey) {
        return Reply.json(404, json.error("No project could be found with key '" + projectKey + "'."));
    }

    /** The answer for an error of a request that named no project. */
    Reply failure(TrackerError error) {
        return failure(error, "");
    }

    /**
     * The answer for an error.
     *
     * @param projectKey the project asked for, named in a PROJECT_NOT_FOUND answer
     */
    Reply failure(TrackerError error, String projectKey) {
        return switch (error.kind()) {
            case PROJECT_NOT_FOUND -> projectNotFound(projectKey);
            case ISSUE_NOT_FOUND -> Reply.json(404, json.error("Issue Does Not Exist"));
            case NOT_FOUND -> Reply.json(404, json.error(error.message()));
            case INVALID -> Reply.json(400, json.error(error));
            case FORBIDDEN -> Reply.json(403, json.error(error));
            case NOT_AUTHENTICATED -> Reply.json(401, json.error(error));
            case RATE_LIMITED -> Reply.json(429, json.error(error));
            default -> Reply.json(500, json.error(error));
        };
    }
}
