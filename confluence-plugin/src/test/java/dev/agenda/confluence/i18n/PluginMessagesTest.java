package dev.agenda.confluence.i18n;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import org.junit.Test;

public class PluginMessagesTest {

    private final PluginMessages messages = new PluginMessages();

    @Test
    public void fillsInArgumentsWithoutGroupingPageIds() {
        assertEquals("Page 1234567 does not exist or you do not have permission to view it.",
                messages.text("dev.agenda.agenda-confluence-plugin.sync.not-found", 1234567L));
        assertEquals("‘abc’ is not a page id; page ids are numbers.",
                messages.text("dev.agenda.agenda-confluence-plugin.sync.bad-page-id", "abc"));
    }

    @Test
    public void aKeyWithoutTextFailsLoudly() {
        assertThrows(IllegalArgumentException.class, () -> messages.text("dev.agenda.nope"));
    }
}
