package dev.agenda.services.status;

import dev.agenda.core.render.LiveStatus;
import dev.agenda.core.sync.SyncRecord;
import dev.agenda.core.sync.SyncStateException;
import dev.agenda.core.sync.SyncStateStore;
import dev.agenda.services.jira.JiraAccess;
import dev.agenda.services.jira.JiraSite;
import dev.agenda.services.page.HostPages;
import dev.agenda.services.page.Need;
import dev.agenda.services.page.PagePermissions;
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
    private final HostPages pages;
    private final PagePermissions permissions;
    private final SyncStateStore store;
    private final String restBase;

    /**
     * @param restBase where the page script finds the app's REST resources, such as {@code /rest/agenda/1.0}; empty
     *                 inside Confluence, where the page script finds them under the context path itself
     */
    public LiveStatusSource(
            JiraAccess jira, HostPages pages, PagePermissions permissions, SyncStateStore store, String restBase) {
        this.jira = jira;
        this.pages = pages;
        this.permissions = permissions;
        this.store = store;
        this.restBase = restBase;
    }

    /**
     * The live status for a saved page; {@link LiveStatus#off()} for one not saved yet (the editor's preview, page id
     * 0) or one the host does not know.
     */
    public LiveStatus forPage(long pageId) {
        if (pageId <= 0) {
            return LiveStatus.off();
        }
        return pages.find(pageId)
                .map(page -> {
                    JiraSite site = jira.site();
                    boolean canEdit = permissions.currentViewerMay(Need.EDIT, page);
                    return LiveStatus.on(
                            restBase, site.configured(), site.label(), canEdit, tracking(String.valueOf(pageId)));
                })
                .orElseGet(LiveStatus::off);
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
