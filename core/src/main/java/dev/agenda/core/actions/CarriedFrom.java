package dev.agenda.core.actions;

import dev.agenda.core.storage.StorageElement;
import dev.agenda.core.storage.StorageNode;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Where a task carried into a later meeting came from: an ordinary link in the task's body to the page of the meeting
 * it was first written in, whose address ends in {@code #agenda-action=PAGE/TASK} (both parts percent-encoded). A
 * plain link with a fragment is what Confluence's editor keeps as it is; the fragment names the original action, so a
 * sync of the later page can use the original action's identity and Jira gets one issue for the two tasks.
 *
 * <p>The link is a note to the reader, not part of the action's words: {@link ActionReader} leaves it out of the text.
 */
public final class CarriedFrom {

    /** What the link's address ends with, before the encoded action id. */
    public static final String FRAGMENT = "#agenda-action=";

    private CarriedFrom() {}

    /** The link's address: the original page's address, with the original action's id as the fragment. */
    public static String address(String originPageAddress, String originActionId) {
        int slash = originActionId.indexOf('/');
        String pageId = slash < 0 ? originActionId : originActionId.substring(0, slash);
        String taskId = slash < 0 ? "" : originActionId.substring(slash + 1);
        String base = originPageAddress.contains("#")
                ? originPageAddress.substring(0, originPageAddress.indexOf('#'))
                : originPageAddress;
        return base + FRAGMENT + encode(pageId) + "/" + encode(taskId);
    }

    /** Whether the node is a carried-from link. */
    public static boolean isMarker(StorageNode node) {
        return node instanceof StorageElement element && originOf(element).isPresent();
    }

    /** The original action's id, when the task's body holds a carried-from link (the first, if several). */
    public static Optional<String> originActionId(StorageElement task) {
        StorageElement body = task.firstChild("ac:task-body").orElse(task);
        for (StorageElement child : body.childElements()) {
            Optional<String> origin = originOf(child);
            if (origin.isPresent()) {
                return origin;
            }
        }
        return Optional.empty();
    }

    /** The original page's id in an action id made by {@link #originActionId}. */
    public static String pageIdOf(String actionId) {
        int slash = actionId.indexOf('/');
        return slash < 0 ? actionId : actionId.substring(0, slash);
    }

    private static Optional<String> originOf(StorageElement element) {
        if (!element.is("a")) {
            return Optional.empty();
        }
        String href = element.attribute("href").orElse("");
        int at = href.lastIndexOf(FRAGMENT);
        if (at < 0) {
            return Optional.empty();
        }
        String id = href.substring(at + FRAGMENT.length());
        int slash = id.indexOf('/');
        if (slash <= 0 || slash == id.length() - 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(decode(id.substring(0, slash)) + "/" + decode(id.substring(slash + 1)));
        } catch (IllegalArgumentException badEncoding) {
            return Optional.empty();
        }
    }

    private static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String decode(String part) {
        return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
