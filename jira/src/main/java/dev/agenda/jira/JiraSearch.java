package dev.agenda.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agenda.core.tracker.Issue;
import dev.agenda.core.tracker.Result;
import dev.agenda.core.tracker.TrackerError;
import dev.agenda.jira.http.Subject;
import dev.agenda.jira.transport.JiraRequest;
import dev.agenda.jira.transport.JiraResponse;
import dev.agenda.jira.wire.JiraReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JQL searches: every page of a query, issues by key in batches of {@value #KEYS_PER_QUERY}, and issues by remote
 * link globalId in batches of {@value #GLOBAL_IDS_PER_QUERY} (Jira's limit for
 * {@code issuesWithRemoteLinksByGlobalId}). Keys fail alone: Data Center, not validating the query, leaves unknown keys
 * out; Cloud fails the query naming them, and the search asks again without them. Keys not found are then told apart —
 * unknown project or unknown issue — with one project look-up per project.
 */
final class JiraSearch {

    static final int KEYS_PER_QUERY = 100;
    static final int GLOBAL_IDS_PER_QUERY = 100;
    static final int PAGE_SIZE = 100;
    /** A bound on pages, so that a Jira that always answers "more" cannot keep a caller forever. */
    static final int MAX_PAGES = 10_000;
    /** A bound on asking again without named keys; each round removes at least one key. */
    private static final int MAX_ROUNDS = KEYS_PER_QUERY + 1;

    private static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]*-[1-9][0-9]*");
    private static final Pattern QUOTED_KEY = Pattern.compile("'([A-Za-z][A-Za-z0-9_]*-[0-9]+)'");

    private final JiraCalls calls;

    JiraSearch(JiraCalls calls) {
        this.calls = calls;
    }

    /** Every issue the JQL finds, page after page. */
    Result<List<Issue>> all(String jql, Collection<String> propertyKeys) {
        return pages(jql, propertyKeys)
                .flatMap(this::readIssues)
                .flatMap(issues -> withProperties(issues, propertyKeys));
    }

    /**
     * Where the search cannot return entity properties (Data Center), reads each found issue again with them: one
     * request per issue, which only the idempotency look-up pays, and only for issues it has no record of.
     */
    private Result<List<Issue>> withProperties(List<Issue> issues, Collection<String> propertyKeys) {
        if (propertyKeys.isEmpty() || calls.dialect().searchReturnsProperties()) {
            return Result.ok(issues);
        }
        List<Issue> complete = new ArrayList<>(issues.size());
        for (Issue issue : issues) {
            Result<Issue> reread = calls.issue(issue.key(), propertyKeys);
            if (reread instanceof Result.Failed<Issue> failed) {
                return Result.failed(failed.error());
            }
            complete.add(reread.value());
        }
        return Result.ok(complete);
    }

    Map<String, Result<Issue>> byKey(Collection<String> issueKeys, Collection<String> propertyKeys) {
        Map<String, Result<Issue>> answers = new LinkedHashMap<>();
        List<String> valid = new ArrayList<>();
        for (String key : new LinkedHashSet<>(issueKeys)) {
            if (ISSUE_KEY.matcher(key.toUpperCase(Locale.ROOT)).matches()) {
                valid.add(key);
            } else {
                answers.put(key, Result.failed(JiraCalls.invalid("\"" + key + "\" is not a Jira issue key.")));
            }
        }
        Map<String, Result<Issue>> found = new LinkedHashMap<>();
        for (int from = 0; from < valid.size(); from += KEYS_PER_QUERY) {
            found.putAll(chunkByKey(valid.subList(from, Math.min(valid.size(), from + KEYS_PER_QUERY)), propertyKeys));
        }
        Map<String, Result<Issue>> ordered = new LinkedHashMap<>();
        for (String key : issueKeys) {
            ordered.put(key, answers.containsKey(key) ? answers.get(key) : found.get(key));
        }
        return ordered;
    }

    Result<List<Issue>> withRemoteLinks(Collection<String> globalIds, Collection<String> propertyKeys) {
        List<String> ids = List.copyOf(new LinkedHashSet<>(globalIds));
        Map<String, Issue> issues = new LinkedHashMap<>();
        for (int from = 0; from < ids.size(); from += GLOBAL_IDS_PER_QUERY) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + GLOBAL_IDS_PER_QUERY));
            String jql = "issue in issuesWithRemoteLinksByGlobalId("
                    + String.join(", ", chunk.stream().map(JiraSearch::quoted).toList()) + ") ORDER BY key ASC";
            Result<List<Issue>> page = all(jql, propertyKeys);
            if (page instanceof Result.Failed<List<Issue>> failed) {
                return Result.failed(failed.error());
            }
            page.value().forEach(issue -> issues.putIfAbsent(issue.key(), issue));
        }
        return Result.ok(List.copyOf(issues.values()));
    }

    Result<List<Issue>> withLabel(String label, Collection<String> propertyKeys) {
        return all("labels = " + quoted(label) + " ORDER BY key ASC", propertyKeys);
    }

    private Map<String, Result<Issue>> chunkByKey(List<String> chunk, Collection<String> propertyKeys) {
        Map<String, Result<Issue>> answers = new LinkedHashMap<>();
        Set<String> remaining = new LinkedHashSet<>(chunk);
        List<String> missing = new ArrayList<>();
        for (int round = 0; round < MAX_ROUNDS && !remaining.isEmpty(); round++) {
            Result<KeyQuery> attempt =
                    keyQuery("key in (" + String.join(", ", remaining) + ")", propertyKeys, remaining);
            Result<List<Issue>> issues = attempt.flatMap(query -> readIssues(query.pages()))
                    .flatMap(read -> withProperties(read, propertyKeys));
            if (issues instanceof Result.Failed<List<Issue>> failed) {
                remaining.forEach(key -> answers.put(key, Result.failed(failed.error())));
                break;
            }
            List<String> unknown = attempt.value().unknownKeys();
            if (!unknown.isEmpty()) {
                remaining.removeAll(unknown);
                missing.addAll(unknown);
                continue;
            }
            Map<String, Issue> byKey = new LinkedHashMap<>();
            issues.value().forEach(issue -> byKey.put(issue.key().toUpperCase(Locale.ROOT), issue));
            for (String key : remaining) {
                Issue issue = byKey.get(key.toUpperCase(Locale.ROOT));
                if (issue != null) {
                    answers.put(key, Result.ok(issue));
                } else {
                    missing.add(key);
                }
            }
            remaining.clear();
        }
        answers.putAll(classifyMissing(chunk, missing));
        return answers;
    }

    /** A key query's answer: its pages, or — when Jira refused the query naming unknown keys — those keys. */
    private record KeyQuery(List<JsonNode> pages, List<String> unknownKeys) {}

    private Result<KeyQuery> keyQuery(String jql, Collection<String> propertyKeys, Set<String> asked) {
        ObjectNode body = calls.dialect().searchBody(jql, JiraReader.ISSUE_FIELDS, propertyKeys, PAGE_SIZE);
        JiraRequest request = JiraRequest.postQuery(
                calls.dialect().apiRoot() + calls.dialect().searchPath(), calls.text(body));
        Result<JiraResponse> first = calls.exchange().send(request, Subject.none(), status -> status == 400);
        if (first instanceof Result.Ok<JiraResponse> ok && ok.value().status() == 400) {
            List<String> named = namedKeys(ok.value(), asked);
            if (named.isEmpty()) {
                return Result.failed(calls.exchange()
                        .errors()
                        .map(ok.value(), Subject.none(), calls.exchange().where()));
            }
            return Result.ok(new KeyQuery(List.of(), named));
        }
        return first.flatMap(response -> calls.exchange().parse(request, response))
                .flatMap(page -> continuePaging(body, page))
                .map(pages -> new KeyQuery(pages, List.of()));
    }

    private Result<List<Issue>> readIssues(List<JsonNode> pages) {
        return calls.safely(() -> {
            List<Issue> issues = new ArrayList<>();
            pages.forEach(page -> page.path("issues").forEach(issue -> issues.add(JiraReader.issue(issue))));
            return issues;
        });
    }

    private List<String> namedKeys(JiraResponse response, Set<String> asked) {
        List<String> named = new ArrayList<>();
        for (String message :
                calls.exchange().errors().messages(response.body()).messages()) {
            Matcher matcher = QUOTED_KEY.matcher(message);
            while (matcher.find()) {
                String key = matcher.group(1);
                asked.stream()
                        .filter(key::equalsIgnoreCase)
                        .filter(known -> !named.contains(known))
                        .findFirst()
                        .ifPresent(named::add);
            }
        }
        return named;
    }

    private Result<List<JsonNode>> pages(String jql, Collection<String> propertyKeys) {
        ObjectNode body = calls.dialect().searchBody(jql, JiraReader.ISSUE_FIELDS, propertyKeys, PAGE_SIZE);
        return page(body).flatMap(first -> continuePaging(body, first));
    }

    private Result<List<JsonNode>> continuePaging(ObjectNode firstBody, JsonNode firstPage) {
        List<JsonNode> pages = new ArrayList<>(List.of(firstPage));
        Optional<ObjectNode> next = calls.dialect().nextSearchBody(firstBody, firstPage);
        while (next.isPresent() && pages.size() < MAX_PAGES) {
            ObjectNode body = next.get();
            Result<JsonNode> page = page(body);
            if (page instanceof Result.Failed<JsonNode> failed) {
                return Result.failed(failed.error());
            }
            pages.add(page.value());
            next = calls.dialect().nextSearchBody(body, page.value());
        }
        return Result.ok(pages);
    }

    private Result<JsonNode> page(ObjectNode body) {
        return calls.query(calls.dialect().searchPath(), body, Subject.none(), node -> node);
    }

    private Map<String, Result<Issue>> classifyMissing(List<String> chunk, List<String> missing) {
        Map<String, Result<Issue>> answers = new LinkedHashMap<>();
        Map<String, Optional<TrackerError>> projects = new LinkedHashMap<>();
        for (String asked : chunk) {
            if (missing.stream().noneMatch(asked::equalsIgnoreCase)) {
                continue;
            }
            String project = asked.substring(0, asked.lastIndexOf('-')).toUpperCase(Locale.ROOT);
            Optional<TrackerError> projectError = projects.computeIfAbsent(
                    project,
                    key -> calls.get("/project/" + key, Subject.project(key), JiraReader::project)
                            .failure());
            answers.put(asked, Result.failed(projectError.orElse(TrackerError.issueNotFound(asked))));
        }
        return answers;
    }

    static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
