package dev.agenda.jira;

import com.fasterxml.jackson.databind.JsonNode;
import dev.agenda.core.tracker.CreatedIssue;
import dev.agenda.core.tracker.NewIssue;
import dev.agenda.core.tracker.Result;
import dev.agenda.core.tracker.TrackerError;
import dev.agenda.jira.http.Subject;
import dev.agenda.jira.transport.JiraRequest;
import dev.agenda.jira.transport.JiraResponse;
import dev.agenda.jira.wire.JiraReader;
import dev.agenda.jira.wire.JiraWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Bulk create in requests of at most {@value #ISSUES_PER_REQUEST} issues (Jira's limit). Jira answers the issues it
 * created in request order and, for each one it refused, an error with {@code failedElementNumber}, its index in the
 * request; each result is mapped back to its own item. A request that fails as a whole (credentials, Jira away) fails
 * each of its items with that error and is not repeated: whether it ran is for the caller's idempotency look-up to
 * find out.
 */
final class BulkCreate {

    static final int ISSUES_PER_REQUEST = 50;

    private final JiraCalls calls;
    private final JiraWriter writer;

    BulkCreate(JiraCalls calls, JiraWriter writer) {
        this.calls = calls;
        this.writer = writer;
    }

    List<Result<CreatedIssue>> create(List<NewIssue> issues) {
        List<Result<CreatedIssue>> results = new ArrayList<>(issues.size());
        for (int from = 0; from < issues.size(); from += ISSUES_PER_REQUEST) {
            results.addAll(chunk(issues.subList(from, Math.min(issues.size(), from + ISSUES_PER_REQUEST))));
        }
        return results;
    }

    private List<Result<CreatedIssue>> chunk(List<NewIssue> chunk) {
        JiraRequest request =
                JiraRequest.post(calls.dialect().apiRoot() + "/issue/bulk", calls.text(writer.bulk(chunk)));
        Result<JiraResponse> sent = calls.exchange().send(request, Subject.none(), status -> status == 400);
        Result<JsonNode> body = sent.flatMap(response -> calls.exchange().parse(request, response));
        if (sent instanceof Result.Ok<JiraResponse> ok
                && ok.value().status() == 400
                && !(body.isOk() && body.value().path("errors").isArray())) {
            return failAll(
                    chunk.size(),
                    calls.exchange()
                            .errors()
                            .map(ok.value(), Subject.none(), calls.exchange().where()));
        }
        if (body instanceof Result.Failed<JsonNode> failed) {
            return failAll(chunk.size(), failed.error());
        }
        return mapBack(chunk, body.value());
    }

    /**
     * Jira names the items it refused by position ({@code failedElementNumber}) and lists the created ones in order
     * without their positions, so the created ones fill, in order, the places no error names.
     */
    private List<Result<CreatedIssue>> mapBack(List<NewIssue> chunk, JsonNode body) {
        Map<Integer, Result<CreatedIssue>> refused = new HashMap<>();
        for (JsonNode error : body.path("errors")) {
            int index = error.path("failedElementNumber").asInt(-1);
            if (index >= 0 && index < chunk.size()) {
                refused.put(index, Result.failed(elementError(error, chunk.get(index))));
            }
        }
        List<JsonNode> created = new ArrayList<>();
        body.path("issues").forEach(created::add);
        List<Result<CreatedIssue>> results = new ArrayList<>(chunk.size());
        int next = 0;
        for (int i = 0; i < chunk.size(); i++) {
            Result<CreatedIssue> refusal = refused.get(i);
            if (refusal != null) {
                results.add(refusal);
            } else if (next < created.size()) {
                results.add(read(created.get(next++)));
            } else {
                results.add(Result.failed(calls.exchange()
                        .errors()
                        .unreadable(
                                calls.exchange().where(),
                                "its bulk-create answer does not say what became of item " + (i + 1) + " of "
                                        + chunk.size())));
            }
        }
        return results;
    }

    private Result<CreatedIssue> read(JsonNode node) {
        return calls.safely(() -> JiraReader.created(node));
    }

    private TrackerError elementError(JsonNode error, NewIssue issue) {
        int status = error.path("status").asInt(400);
        String elementErrors = error.path("elementErrors").toString();
        return calls.exchange()
                .errors()
                .map(
                        new JiraResponse(status, Map.of(), elementErrors),
                        Subject.project(issue.projectKey()),
                        calls.exchange().where());
    }

    private static List<Result<CreatedIssue>> failAll(int size, TrackerError error) {
        List<Result<CreatedIssue>> results = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            results.add(Result.failed(error));
        }
        return results;
    }
}
