package dev.agenda.core.users;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.Optional;
import org.junit.Test;

public class CsvUserDirectoryReaderTest {

    private final CsvUserDirectoryReader reader = new CsvUserDirectoryReader();

    @Test
    public void readsTheReferenceFormatWithOptionalColumns() throws Exception {
        InMemoryUserDirectory users = reader.read("username,full_name,email,jira_user\r\n"
                + "womullane,Wil O'Mullane,w@example.org,wom\r\n\r\nzivezic,Zeljko Ivezić,,\r\n");

        assertEquals(2, users.users().size());
        User wil = users.find(UserRef.username("womullane")).orElseThrow();
        assertEquals("Wil O'Mullane", wil.displayName());
        assertEquals(Optional.of("wom"), wil.jiraUser());
        assertEquals(
                Optional.empty(),
                users.find(UserRef.username("zivezic")).orElseThrow().email());
    }

    @Test
    public void quotedFieldsMayHoldCommasQuotesAndLineBreaks() throws Exception {
        InMemoryUserDirectory users = reader.read(
                "\uFEFFusername,full_name,userkey\n" + "ktl,\"Lim, Kian-Tat \"\"KT\"\"\",\"k1\"\n\"a\nb\",x,k2\n");

        assertEquals(
                "Lim, Kian-Tat \"KT\"",
                users.find(UserRef.username("ktl")).orElseThrow().displayName());
        assertEquals(
                "ktl",
                users.find(new UserRef(UserRef.Kind.USER_KEY, "k1"))
                        .orElseThrow()
                        .username());
        assertEquals("x", users.find(UserRef.username("a\nb")).orElseThrow().displayName());
    }

    @Test
    public void withoutAFullNameTheUsernameIsShown() throws Exception {
        InMemoryUserDirectory users = reader.read("username,account_id\nktl,5b10\n");

        assertEquals(
                "ktl",
                users.find(new UserRef(UserRef.Kind.ACCOUNT_ID, "5b10"))
                        .orElseThrow()
                        .displayName());
    }

    @Test
    public void anEmptyFileIsAnError() {
        UserDirectoryFormatException error = assertThrows(UserDirectoryFormatException.class, () -> reader.read(""));

        assertTrue(error.getMessage().contains("empty"));
    }
}
