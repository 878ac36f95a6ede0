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
 * Jira Data Center (and Server), REST v2: wiki-markup descriptions, users by username ({@code name}) or user key,
 * search at {@code /search} paged by {@code startAt}/{@code total}, with {@code validateQuery: false} so that a key
 * that does not exist is left out instead of failing the whole query (Data Center 10.3's description types the flag
 * as a boolean; {@code warn} is Cloud's). Its search request has no {@code properties}: entity properties are read
 * with each issue instead.
 */
public final class DataCenterDialect implements JiraDialect {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Override
    public String apiRoot() {
        return "/rest/api/2";
    }

    @Override
    public JsonNode description(Description description) {
        return JSON.textNode(WikiMarkup.write(description));
    }

    @Override
    public ObjectNode userReference(TrackerUser user) {
        return JSON.objectNode()
                .put(
                        "name",
                        user.name()
                                .orElseThrow(() -> new IllegalArgumentException(
                                        "Jira Data Center needs a username for " + user.displayName())));
    }

    @Override
    public JsonNode watcherBody(TrackerUser user) {
        return JSON.textNode(user.name()
                .orElseThrow(() ->
                        new IllegalArgumentException("Jira Data Center needs a username for " + user.displayName())));
    }

    @Override
    public Result<String> userLookupPath(UserLookup lookup) {
        return switch (lookup.by()) {
            case USERNAME -> Result.ok("/user?username=" + Query.encode(lookup.value()));
            case USER_KEY -> Result.ok("/user?key=" + Query.encode(lookup.value()));
            case EMAIL -> Result.ok("/user/search?username=" + Query.encode(lookup.value()) + "&maxResults=50");
            case ACCOUNT_ID ->
                Result.failed(TrackerError.of(
                        TrackerError.Kind.INVALID,
                        "Jira Data Center identifies users by username, not by account id (" + lookup.value() + ")."));
        };
    }

    @Override
    public boolean matches(TrackerUser candidate, UserLookup lookup) {
        return switch (lookup.by()) {
            case USERNAME ->
                candidate.name().filter(lookup.value()::equalsIgnoreCase).isPresent();
            case USER_KEY -> candidate.key().filter(lookup.value()::equals).isPresent();
            case EMAIL ->
                candidate
                        .email()
                        .map(email -> email.toLowerCase(Locale.ROOT))
                        .filter(lookup.value().toLowerCase(Locale.ROOT)::equals)
                        .isPresent();
            case ACCOUNT_ID -> false;
        };
    }

    @Override
    public String searchPath() {
        return "/search";
    }

    @Override
    public ObjectNode searchBody(String jql, Collection<String> fields, Collection<String> properties, int pageSize) {
        ObjectNode body = JSON.objectNode().put("jql", jql).put("startAt", 0).put("maxResults", pageSize);
        fields.forEach(body.putArray("fields")::add);
        body.put("validateQuery", false);
        return body;
    }

    @Override
    public boolean searchReturnsProperties() {
        return false;
    }

    @Override
    public Optional<ObjectNode> nextSearchBody(ObjectNode previousBody, JsonNode response) {
        int received = response.path("issues").size();
        int startAt =
                response.path("startAt").asInt(previousBody.path("startAt").asInt());
        int total = response.path("total").asInt(0);
        if (received == 0 || startAt + received >= total) {
            return Optional.empty();
        }
        return Optional.of(previousBody.deepCopy().put("startAt", startAt + received));
    }
}
