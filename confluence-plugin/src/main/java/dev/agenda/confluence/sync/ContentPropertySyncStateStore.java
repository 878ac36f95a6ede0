package dev.agenda.confluence.sync;

import com.atlassian.confluence.core.ContentPropertyManager;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import dev.agenda.core.sync.SyncRecord;
import dev.agenda.core.sync.SyncStateException;
import dev.agenda.core.sync.SyncStateStore;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps a page's sync records with the page: one JSON document ({@link SyncRecordJson}) in the page's text content
 * property {@value #PROPERTY}, so they move, copy and disappear with the page and need no table of their own. A text
 * property, not a string one: string properties are cut at 255 characters.
 *
 * <p>{@link #save} reads, changes and writes the whole document; that is safe because the sync saves a page's records
 * only while it holds the page's cluster lock. A document that cannot be read is never overwritten or moved: reading
 * and saving both throw a {@link SyncStateException} naming the page and the property, and the value stays as it is
 * for someone to look at. Deleting the property lets the next sync rebuild the records from Jira (every issue
 * carries its action's handle), so nothing is created twice.
 */
public final class ContentPropertySyncStateStore implements SyncStateStore {

    /** The content property holding the records. */
    public static final String PROPERTY = "agenda.sync";

    private final PageManager pageManager;
    private final ContentPropertyManager properties;
    private final SyncRecordJson json;

    public ContentPropertySyncStateStore(
            PageManager pageManager, ContentPropertyManager properties, SyncRecordJson json) {
        this.pageManager = pageManager;
        this.properties = properties;
        this.json = json;
    }

    @Override
    public Map<String, SyncRecord> records(String pageId) {
        return read(pageId, page(pageId));
    }

    @Override
    public void save(String pageId, SyncRecord record) {
        AbstractPage page = page(pageId);
        Map<String, SyncRecord> records = new LinkedHashMap<>(read(pageId, page));
        records.put(record.actionId(), record);
        try {
            properties.setTextProperty(page, PROPERTY, json.write(records.values()));
        } catch (RuntimeException e) {
            throw new SyncStateException(
                    "The sync state of page " + pageId + " could not be saved (content property " + PROPERTY + "): "
                            + e.getMessage(),
                    e);
        }
    }

    private Map<String, SyncRecord> read(String pageId, AbstractPage page) {
        String text;
        try {
            text = properties.getTextProperty(page, PROPERTY);
        } catch (RuntimeException e) {
            throw new SyncStateException(
                    "The sync state of page " + pageId + " could not be read (content property " + PROPERTY + "): "
                            + e.getMessage(),
                    e);
        }
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        try {
            return Map.copyOf(json.read(text));
        } catch (IllegalArgumentException e) {
            throw new SyncStateException(
                    "The sync state of page " + pageId + " (content property " + PROPERTY
                            + ") is unreadable: " + e.getMessage()
                            + ". It was left as it is; delete the property to let the"
                            + " next sync rebuild it from Jira.",
                    e);
        }
    }

    private AbstractPage page(String pageId) {
        AbstractPage page;
        try {
            page = pageManager.getAbstractPage(Long.parseLong(pageId));
        } catch (NumberFormatException e) {
            throw new SyncStateException("‘" + pageId + "’ is not a Confluence page id, so it has no sync state.");
        }
        if (page == null) {
            throw new SyncStateException("Page " + pageId + " does not exist, so its sync state cannot be kept.");
        }
        return page;
    }
}
