package dev.agenda.services;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import org.junit.Test;

public class TextsTest {

    private final Texts texts = new Texts();

    @Test
    public void fillsInArgumentsWithoutGroupingPageIds() {
        assertEquals(
                "Page 1234567 does not exist or you do not have permission to view it.",
                texts.text("page.not-found", 1234567L));
        assertEquals("‘abc’ is not a page id; page ids are numbers.", texts.text("page.bad-id", "abc"));
    }

    @Test
    public void aKeyWithoutTextFailsLoudly() {
        assertThrows(IllegalArgumentException.class, () -> texts.text("page.nope"));
    }
}
