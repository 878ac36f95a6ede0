package dev.agenda.confluence.i18n;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import org.junit.Test;

public class PluginMessagesTest {

    private final PluginMessages messages = new PluginMessages();

    @Test
    public void fillsInArguments() {
        assertEquals(
                "This request must carry the header X-Atlassian-Token: no-check. Sync from the page, or add the"
                        + " header when calling the REST API.",
                messages.text("dev.agenda.agenda-confluence-plugin.sync.xsrf", "X-Atlassian-Token", "no-check"));
    }

    @Test
    public void aKeyWithoutTextFailsLoudly() {
        assertThrows(IllegalArgumentException.class, () -> messages.text("dev.agenda.nope"));
    }
}
