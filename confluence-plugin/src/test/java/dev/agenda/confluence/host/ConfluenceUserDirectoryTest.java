package dev.agenda.confluence.host;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import dev.agenda.core.users.User;
import dev.agenda.core.users.UserRef;
import java.util.Optional;
import org.junit.Test;

public class ConfluenceUserDirectoryTest {

    private final UserAccessor userAccessor = mock(UserAccessor.class);
    private final ConfluenceUserDirectory directory = new ConfluenceUserDirectory(userAccessor);

    private static ConfluenceUser user(String name, String key, String fullName) {
        ConfluenceUser user = mock(ConfluenceUser.class);
        when(user.getName()).thenReturn(name);
        when(user.getKey()).thenReturn(new UserKey(key));
        when(user.getFullName()).thenReturn(fullName);
        when(user.getEmail()).thenReturn(name + "@example.org");
        return user;
    }

    @Test
    public void findsPeopleByUsernameAndByUserKey() {
        ConfluenceUser ktl = user("ktl", "8a7f808", "Kian-Tat Lim");
        when(userAccessor.getUserByName("ktl")).thenReturn(ktl);
        when(userAccessor.getUserByKey(new UserKey("8a7f808"))).thenReturn(ktl);

        User byName = directory.find(UserRef.username("ktl")).orElseThrow();
        User byKey =
                directory.find(new UserRef(UserRef.Kind.USER_KEY, "8a7f808")).orElseThrow();

        assertEquals("Kian-Tat Lim", byName.displayName());
        assertEquals(Optional.of("8a7f808"), byName.userKey());
        assertEquals(Optional.of("ktl@example.org"), byName.email());
        assertEquals(byName, byKey);
    }

    @Test
    public void unknownPeopleAndCloudAccountIdsAreNotFound() {
        assertTrue(directory.find(UserRef.username("nobody")).isEmpty());
        assertTrue(directory
                .find(new UserRef(UserRef.Kind.ACCOUNT_ID, "5b10ac8d82e05b22cc7d4ef5"))
                .isEmpty());
    }

    @Test
    public void accountIdsAreNotLookedUpOnDataCenter() {
        ConfluenceUserDirectory fresh = new ConfluenceUserDirectory(mock(UserAccessor.class));
        UserAccessor untouched = mock(UserAccessor.class);

        new ConfluenceUserDirectory(untouched).find(new UserRef(UserRef.Kind.ACCOUNT_ID, "x"));

        verifyNoInteractions(untouched);
        assertTrue(fresh.find(new UserRef(UserRef.Kind.ACCOUNT_ID, "x")).isEmpty());
    }
}
