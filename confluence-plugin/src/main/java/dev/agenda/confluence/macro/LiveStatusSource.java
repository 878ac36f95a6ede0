package dev.agenda.confluence.macro;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import dev.agenda.confluence.host.CurrentUser;
import dev.agenda.confluence.jira.JiraAccess;
import dev.agenda.confluence.jira.JiraSite;
import dev.agenda.core.render.LiveStatus;
import dev.agenda.core.sync.SyncRecord;
import dev.agenda.core.sync.SyncStateException;
import dev.agenda.core.sync.SyncStateStore;

import java.util.HashMap;
import java.util.Map;

/**
 * What the macro tells the render about live statuses, from what this server already knows — never from Jira, so
 * rendering a page never waits on it: whether a Jira is configured, whether the viewer may edit the page (and so gets
 * Sync and tickable tasks), and which issue tracks each action, from the page's sync state. A page whose state cannot
 * be read still renders, with its actions shown as not tracked. Thread-safe.
 */
public final class LiveStatusSource {

    private final JiraAccess jira;
    private final PermissionManager permissionManager;
    private final CurrentUser currentUser;
    private final SyncStateStore store;
    private final String restBase;

    /** For Confluence, where the page script finds the REST resources under the context path itself. */
    public LiveStatusSource(JiraAccess jira, PermissionManager permissionManager, CurrentUser currentUser,
                            SyncStateStore store) {
        this(jira, permissionManager, currentUser, store, "");
    }

    /** @param restBase where the page script finds the app's REST resources, such as {@code /rest/agenda/1.0} */
    public LiveStatusSource(JiraAccess jira, PermissionManager permissionManager, CurrentUser currentUser,
                            SyncStateStore store, String restBase) {
        this.jira = jira;
        this.permissionManager = permissionManager;
        this.currentUser = currentUser;
        this.store = store;
        this.restBase = restBase;
    }

    /** The live status for a saved page; {@link LiveStatus#off()} for one not saved yet (the editor's preview). */
    public LiveStatus forPage(ContentEntityObject page, String pageId) {
        if (page == null || page.getId() == 0) {
            return LiveStatus.off();
        }
        JiraSite site = jira.site();
        boolean canEdit = permissionManager.hasPermission(currentUser.get(), Permission.EDIT, page);
        return LiveStatus.on(restBase, site.configured(), site.label(), canEdit, tracking(pageId));
    }

    /** The Jira the statuses come from, for links to its issues. */
    public JiraSite jiraSite() {
        return jira.site();
    }

    private Map<String, String> tracking(String pageId) {
        Map<String, String> keys = new HashMap<>();
        try {
            for (SyncRecord record : store.records(pageId).values()) {
                keys.put(record.actionId(), record.issueKey());
            }
        } catch (SyncStateException e) {
            return Map.of();
        }
        return keys;
    }
}
