package dev.agenda.jira.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agenda.core.tracker.Description;
import dev.agenda.core.tracker.Result;
import dev.agenda.core.tracker.TrackerError;
import dev.agenda.core.tracker.TrackerUser;
import dev.agenda.core.tracker.UserLookup;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Jira Cloud, REST v3: descriptions in Atlassian Document Format, users by {@code accountId} only (usernames and user
 * keys were removed for privacy), search at {@code /search/jql} paged by {@code nextPageToken} — the old
 * {@code /search} answers 410 Gone. Cloud validates JQL strictly: a key that does not exist fails the query with a
 * message naming it, which the search reads to retry without it.
 */
public final class CloudDialect implements JiraDialect {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Override
    public String apiRoot() {
        return "/rest/api/3";
    }

    @Override
    public JsonNode description(Description description) {
        return AtlassianDocument.write(description);
    }

    @Override
    public ObjectNode userReference(TrackerUser user) {
        return JSON.objectNode().put("accountId", accountId(user));
    }

    @Override
    public JsonNode watcherBody(TrackerUser user) {
        return JSON.textNode(accountId(user));
    }

    @Override
    public Result<String> userLookupPath(UserLookup lookup) {
        return switch (lookup.by()) {
            case ACCOUNT_ID -> Result.ok("/user?accountId=" + Query.encode(lookup.value()));
            case EMAIL -> Result.ok("/user/search?query=" + Query.encode(lookup.value()) + "&maxResults=50");
            case USERNAME, USER_KEY ->
                Result.failed(TrackerError.of(
                        TrackerError.Kind.INVALID,
                        "Jira Cloud identifies users by account id or email, not by username or key (" + lookup.value()
                                + ")."));
        };
    }

    @Override
    public boolean matches(TrackerUser candidate, UserLookup lookup) {
        return switch (lookup.by()) {
            case ACCOUNT_ID ->
                candidate.accountId().filter(lookup.value()::equals).isPresent();
            case EMAIL ->
                candidate
                        .email()
                        .map(email -> email.toLowerCase(Locale.ROOT))
                        .filter(lookup.value().toLowerCase(Locale.ROOT)::equals)
                        .isPresent();
            case USERNAME, USER_KEY -> false;
        };
    }

    @Override
    public String searchPath() {
        return "/search/jql";
    }

    @Override
    public ObjectNode searchBody(String jql, Collection<String> fields, Collection<String> properties, int pageSize) {
        ObjectNode body = JSON.objectNode().put("jql", jql).put("maxResults", pageSize);
        fields.forEach(body.putArray("fields")::add);
        if (!properties.isEmpty()) {
            properties.forEach(body.putArray("properties")::add);
        }
        return body;
    }

    @Override
    public boolean searchReturnsProperties() {
        return true;
    }

    @Override
    public Optional<ObjectNode> nextSearchBody(ObjectNode previousBody, JsonNode response) {
        JsonNode token = response.path("nextPageToken");
        if (response.path("isLast").asBoolean(false)
                || !token.isTextual()
                || token.asText().isEmpty()
                || response.path("issues").isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(previousBody.deepCopy().put("nextPageToken", token.asText()));
    }

    private static String accountId(TrackerUser user) {
        return user.accountId()
                .orElseThrow(
                        () -> new IllegalArgumentException("Jira Cloud needs an account id for " + user.displayName()));
    }
}
