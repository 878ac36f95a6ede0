package dev.agenda.core.users;

import static org.junit.Assert.assertEquals;

import java.util.Optional;
import org.junit.Test;

public class PersonTest {

    @Test
    public void aKnownPersonShowsTheirFullNameAndInitials() {
        Person person =
                new Person(UserRef.username("gpdf"), Optional.of(User.named("gpdf", "Gregory Dubois-Felsmann")));

        assertEquals("Gregory Dubois-Felsmann", person.displayName());
        assertEquals("GD", person.initials());
        assertEquals("gpdf", person.username());
    }

    @Test
    public void anUnknownPersonIsShownAsConfluenceShowsThem() {
        Person person = new Person(UserRef.username("xiuqin"), Optional.empty());

        assertEquals("Unknown User (xiuqin)", person.displayName());
        assertEquals("X", person.initials());
        assertEquals("xiuqin", person.username());
    }

    @Test
    public void initialsHandleAccentsAndSingleNames() {
        assertEquals("ŽI", new Person(UserRef.username("z"), Optional.of(User.named("z", "željko ivezić"))).initials());
        assertEquals("C", new Person(UserRef.username("c"), Optional.of(User.named("c", "Cher"))).initials());
    }
}
