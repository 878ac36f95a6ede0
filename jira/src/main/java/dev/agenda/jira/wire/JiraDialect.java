package dev.agenda.jira.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agenda.core.tracker.Description;
import dev.agenda.core.tracker.Result;
import dev.agenda.core.tracker.ServerInfo;
import dev.agenda.core.tracker.TrackerUser;
import dev.agenda.core.tracker.UserLookup;
import java.util.Collection;
import java.util.Optional;

/**
 * What differs between Jira Data Center (REST v2) and Jira Cloud (REST v3) on the wire: the API root, how a
 * description is written, how a user is named, how users are looked up, and how search pages. Everything else is
 * shared. Implementations are stateless.
 */
public sealed interface JiraDialect permits DataCenterDialect, CloudDialect {

    /** The dialect for a deployment Jira reported in its server info. */
    static JiraDialect of(ServerInfo.Deployment deployment) {
        return deployment == ServerInfo.Deployment.CLOUD ? new CloudDialect() : new DataCenterDialect();
    }

    /** {@code /rest/api/2} or {@code /rest/api/3}. */
    String apiRoot();

    /** The description field's value: wiki markup text, or an Atlassian Document. */
    JsonNode description(Description description);

    /** The reference to a user in a field such as {@code assignee}. */
    ObjectNode userReference(TrackerUser user);

    /** The body that adds a watcher: the user's identifier as a JSON string. */
    JsonNode watcherBody(TrackerUser user);

    /**
     * The request path (under the API root) that finds a user, or an {@code INVALID} failure if this deployment has
     * no such identifier (Cloud has no usernames).
     */
    Result<String> userLookupPath(UserLookup lookup);

    /** Whether a user from a search result is the one looked up (searches match more than they are asked). */
    boolean matches(TrackerUser candidate, UserLookup lookup);

    /** The search resource, under the API root. */
    String searchPath();

    /** The body of the first search request; {@code properties} are asked for only where the search takes them. */
    ObjectNode searchBody(String jql, Collection<String> fields, Collection<String> properties, int pageSize);

    /** Whether a search can return entity properties; if not, they are read issue by issue. */
    boolean searchReturnsProperties();

    /** The body asking for the page after {@code response}, or empty when that was the last page. */
    Optional<ObjectNode> nextSearchBody(ObjectNode previousBody, JsonNode response);
}
