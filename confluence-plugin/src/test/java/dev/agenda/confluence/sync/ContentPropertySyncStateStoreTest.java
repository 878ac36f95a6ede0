package dev.agenda.confluence.sync;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.ContentPropertyManager;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import dev.agenda.core.sync.SyncRecord;
import dev.agenda.core.sync.SyncStateException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.Before;
import org.junit.Test;

public class ContentPropertySyncStateStoreTest {

    private final PageManager pageManager = mock(PageManager.class);
    private final ContentPropertyManager properties = mock(ContentPropertyManager.class);
    private final AbstractPage page = mock(AbstractPage.class);
    private final Map<String, String> stored = new HashMap<>();
    private final ContentPropertySyncStateStore store =
            new ContentPropertySyncStateStore(pageManager, properties, new SyncRecordJson());

    @Before
    public void setUp() {
        when(pageManager.getAbstractPage(65538L)).thenReturn(page);
        when(properties.getTextProperty(eq(page), anyString())).thenAnswer(call -> stored.get(call.getArgument(1)));
        doAnswer(call -> stored.put(call.getArgument(1), call.getArgument(2)))
                .when(properties)
                .setTextProperty(eq(page), anyString(), anyString());
    }

    @Test
    public void aPageNeverSyncedHasNoRecords() {
        assertEquals(Map.of(), store.records("65538"));
    }

    @Test
    public void recordsRoundTripThroughOneTextPropertyAndReplaceByActionId() {
        SyncRecord first = record("65538/1", "DM-1", false);
        SyncRecord second = record("65538/2", "DM-2", false);
        SyncRecord firstAgain = record("65538/1", "DM-1", true);

        store.save("65538", first);
        store.save("65538", second);
        store.save("65538", firstAgain);

        assertEquals(Map.of("65538/1", firstAgain, "65538/2", second), store.records("65538"));
        assertEquals("one property holds them all", Map.of("agenda.sync", stored.get("agenda.sync")), stored);
    }

    @Test
    public void unreadableJsonIsAClearErrorAndIsLeftExactlyAsItWas() {
        stored.put("agenda.sync", "{\"version\":1,\"records\":{\"65538/1\":");

        SyncStateException unreadable = assertThrows(SyncStateException.class, () -> store.records("65538"));
        SyncStateException notSaved =
                assertThrows(SyncStateException.class, () -> store.save("65538", record("65538/2", "DM-2", false)));

        assertTrue(
                unreadable.getMessage(),
                unreadable
                        .getMessage()
                        .startsWith("The sync state of page 65538"
                                + " (content property agenda.sync) is unreadable: it is not JSON"));
        assertTrue(
                unreadable.getMessage(),
                unreadable.getMessage().contains("delete the property to let the next" + " sync rebuild it from Jira"));
        assertEquals(unreadable.getMessage(), notSaved.getMessage());
        assertEquals("{\"version\":1,\"records\":{\"65538/1\":", stored.get("agenda.sync"));
        verify(properties, never()).setTextProperty(any(ContentEntityObject.class), anyString(), anyString());
    }

    @Test
    public void aPageThatDoesNotExistHasNoStateToKeep() {
        SyncStateException missing = assertThrows(SyncStateException.class, () -> store.records("404"));

        assertEquals("Page 404 does not exist, so its sync state cannot be kept.", missing.getMessage());
    }

    private static SyncRecord record(String actionId, String issueKey, boolean done) {
        return new SyncRecord(
                actionId,
                issueKey,
                issueKey.substring(3),
                SyncRecord.Origin.CREATED,
                "Do " + issueKey,
                Optional.empty(),
                Optional.empty(),
                done,
                done,
                Instant.parse("2017-12-04T17:00:00Z"));
    }
}
