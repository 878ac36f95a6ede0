package dev.agenda.core.page;

import static org.junit.Assert.assertEquals;

import dev.agenda.core.Fixtures;
import java.util.List;
import org.junit.Test;

public class ReferencedIssuesTest {

    @Test
    public void theReferencePageRefersToTheIssuesItsAgendasShow() {
        assertEquals(List.of("RFC-188", "RFC-243", "DM-12813"), ReferencedIssues.of(Fixtures.referencePage()));
    }

    @Test
    public void keysTheRenderedPageDoesNotShowAreLeftOut() {
        MeetingPage page = Fixtures.page(
                "p",
                Fixtures.agenda(
                                Fixtures.parameter("project", "DM"),
                                "<tr><td>09:00</td><td>See DM-7 and LSE-61</td></tr><tr><td>09:30</td><td>"
                                        + "<ac:structured-macro ac:name=\"jira\"><ac:parameter ac:name=\"key\">"
                                        + "RFC-9</ac:parameter>"
                                        + "</ac:structured-macro><ac:structured-macro ac:name=\"info\"><ac:parameter "
                                        + "ac:name=\"title\">DM-8</ac:parameter></ac:structured-macro></td></tr>")
                        + "<p>DM-99 outside the agenda</p>",
                dev.agenda.core.users.UserDirectory.empty());

        assertEquals(List.of("DM-7", "RFC-9"), ReferencedIssues.of(page));
    }
}
