package dev.agenda.services.page;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.agenda.services.PageAnswer;
import dev.agenda.services.Refusal;
import dev.agenda.services.ServicesFixture;
import java.util.Optional;
import org.junit.Test;

/** Opening a page for the viewer, over the services' own ports: each way it can be refused, and what it gives. */
public class PageAccessTest {

    private final ServicesFixture fixture = new ServicesFixture();
    private final PageAccess access = fixture.pageAccess();

    @Test
    public void aPageTheViewerMayEditOpensWithTheMeetingAndTheViewer() {
        PageAccess.Ready ready = done(access.open("65538", Need.EDIT));

        assertEquals("65538", ready.meeting().pageId());
        assertEquals(11, ready.meeting().actions().size());
        assertEquals(Optional.of(fixture.viewer), ready.viewer());
        assertEquals(ServicesFixture.PAGE_URL, ready.page().address());
    }

    @Test
    public void aMissingPageAndOneTheViewerMayNotSeeAreTheSameNotFound() {
        fixture.pages.deny(fixture.viewer, Need.VIEW, ServicesFixture.PAGE_ID);

        assertEquals(
                Refusal.of(
                        Refusal.Reason.NOT_FOUND,
                        "Page 65538 does not exist or you do not have permission to view it."),
                refusal("65538", Need.VIEW));
        assertEquals(
                Refusal.of(
                        Refusal.Reason.NOT_FOUND, "Page 404 does not exist or you do not have permission to view it."),
                refusal("404", Need.VIEW));
    }

    @Test
    public void viewingIsNotEnoughForWorkThatChangesThePage() {
        fixture.pages.deny(fixture.viewer, Need.EDIT, ServicesFixture.PAGE_ID);

        assertEquals(Refusal.Reason.FORBIDDEN, refusal("65538", Need.EDIT).reason());
        assertEquals(
                Optional.of(fixture.viewer),
                done(access.open("65538", Need.VIEW)).viewer());
    }

    @Test
    public void anAnonymousViewerOpensOnlyWhatTheHostLetsAnonymousViewersSee() {
        fixture.current = Optional.empty();

        assertEquals(Refusal.Reason.NOT_FOUND, refusal("65538", Need.VIEW).reason());
    }

    @Test
    public void aBadIdAndAnUnreadablePageSayWhat() {
        assertEquals(
                Refusal.of(Refusal.Reason.BAD_REQUEST, "‘x1’ is not a page id; page ids are numbers."),
                refusal("x1", Need.VIEW));
        fixture.pages.put(new ServicesFixture.StoredPage(
                ServicesFixture.PAGE_ID, "Broken", "<p>\n<b>broken</p>", ServicesFixture.PAGE_URL));

        Refusal unreadable = refusal("65538", Need.VIEW);
        assertEquals(Refusal.Reason.UNREADABLE, unreadable.reason());
        assertTrue(unreadable.message(), unreadable.message().contains("line 2"));
    }

    private PageAccess.Ready done(PageAnswer<PageAccess.Ready> answer) {
        return answer.fold(ready -> ready, refusal -> {
            throw new AssertionError("refused: " + refusal);
        });
    }

    private Refusal refusal(String pageId, Need need) {
        return access.open(pageId, need)
                .fold(
                        ready -> {
                            throw new AssertionError("opened: " + ready.page());
                        },
                        refusal -> refusal);
    }
}
