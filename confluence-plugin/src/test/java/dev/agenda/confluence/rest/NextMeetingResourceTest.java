package dev.agenda.confluence.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.security.Permission;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agenda.confluence.sync.SyncFixture;
import dev.agenda.core.actions.CarriedFrom;
import dev.agenda.core.page.MeetingPage;
import dev.agenda.core.sync.InProcessLock;
import dev.agenda.core.tracker.Result;
import dev.agenda.services.jira.JiraSession;
import dev.agenda.services.page.HostPage;
import dev.agenda.services.series.NextMeetingService;
import dev.agenda.services.series.PageCreation;
import dev.agenda.testing.ReferencePage;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Rule;
import org.junit.Test;

/** "Create next meeting" over REST on the reference page (page 65538), with an in-memory page creation port. */
public class NextMeetingResourceTest {

    private static final String DATE = "2018-02-06";
    private static final String NEW_TITLE = "DMLT F2F 2017-11 2018-02-06";

    @Rule
    public final SyncFixture fixture = new SyncFixture();

    private final PagesMade pages = new PagesMade();
    private final NextMeetingResource resource = new NextMeetingResource(
            new NextMeetingService(
                    fixture.pageAccess(),
                    pages,
                    fixture.store,
                    SyncFixture.access(JiraSession.of(Result.ok(fixture.jira))),
                    new InProcessLock(),
                    fixture.texts),
            fixture.messages);

    @Test
    public void makesThePageBesideTheLastAnswers201AndLinksTheTwo() throws Exception {
        Response response = resource.createNext("65538", DATE, "no-check");

        assertEquals(response.getEntity().toString(), 201, response.getStatus());
        JsonNode body = new ObjectMapper().readTree(response.getEntity().toString());
        HostPage made = pages.made.get(NEW_TITLE);
        assertEquals(String.valueOf(made.id()), body.get("id").asText());
        assertEquals(NEW_TITLE, body.get("title").asText());
        assertEquals(made.address(), body.get("address").asText());
        assertEquals(made.address(), response.getLocation().toString());
        MeetingPage page = ReferencePage.meeting(String.valueOf(made.id()), made.storage());
        assertEquals(body.get("carried").size(), page.actions().size());
        assertEquals(
                "each carried task names the action it carries",
                body.get("carried").get(0).get("origin").asText(),
                CarriedFrom.originActionId(page.actions().get(0).task()).orElseThrow());
        assertTrue(made.storage().contains(SyncFixture.PAGE_URL));
        assertEquals(List.of("65538 -> " + made.id()), pages.links);
    }

    @Test
    public void askedAgainForTheDateItAnswers409NamingThePageAndMakesNothing() throws Exception {
        resource.createNext("65538", DATE, "no-check");

        Response again = resource.createNext("65538", DATE, "no-check");

        assertEquals(409, again.getStatus());
        JsonNode body = new ObjectMapper().readTree(again.getEntity().toString());
        assertEquals(pages.made.get(NEW_TITLE).address(), body.get("address").asText());
        assertTrue(body.get("message").asText().startsWith("The page for this date exists: " + NEW_TITLE));
        assertEquals(1, pages.made.size());
        assertEquals(1, pages.links.size());
    }

    @Test
    public void aBadDateAForgedRequestAndAReaderAreRefusedAndNothingIsMade() throws Exception {
        assertEquals(403, resource.createNext("65538", DATE, null).getStatus());
        Response bad = resource.createNext("65538", "next tuesday", "no-check");
        assertEquals(400, bad.getStatus());
        assertTrue(bad.getEntity().toString().contains("give the next meeting's day as date=YYYY-MM-DD"));
        assertEquals(400, resource.createNext("65538", null, "no-check").getStatus());
        assertEquals(404, resource.createNext("4242", DATE, "no-check").getStatus());
        when(fixture.permissionManager.hasPermission(fixture.viewer, Permission.EDIT, fixture.page))
                .thenReturn(false);
        Response reader = resource.createNext("65538", DATE, "no-check");
        assertEquals(403, reader.getStatus());
        assertTrue(reader.getEntity().toString().contains("cannot create the next meeting"));

        assertTrue(pages.made.isEmpty());
    }

    @Test
    public void jiraDecidesWhatIsOpenInOneLookUp() throws Exception {
        new SyncResource(fixture.service(), new SyncReportJson(), fixture.messages).sync("65538", false, "no-check");
        String open = fixture.store.records("65538").values().stream()
                .filter(record -> !record.jiraDone())
                .filter(record -> !record.issueKey().equals("DM-12813"))
                .findFirst()
                .orElseThrow()
                .issueKey();
        fixture.world.moveTo(open, "Done");

        JsonNode body = new ObjectMapper()
                .readTree(resource.createNext("65538", DATE, "no-check")
                        .getEntity()
                        .toString());

        List<String> keys = new ArrayList<>();
        body.get("carried").forEach(action -> keys.add(action.get("issueKey").asText()));
        assertTrue("done in Jira: not carried", !keys.contains(open));
        assertTrue("DM-12813 is open in Jira: carried, though its task is ticked", keys.contains("DM-12813"));
    }

    /** Pages made in memory, by title, with the links from each previous page to the next. */
    private static final class PagesMade implements PageCreation {
        final Map<String, HostPage> made = new LinkedHashMap<>();
        final List<String> links = new ArrayList<>();

        @Override
        public Optional<HostPage> pageTitled(HostPage beside, String title) {
            return Optional.ofNullable(made.get(title));
        }

        @Override
        public HostPage createBeside(HostPage previous, String title, String storage) {
            if (made.containsKey(title)) {
                throw new PageExistsException(title);
            }
            long id = 70_000L + made.size();
            HostPage page = new HostPage() {
                @Override
                public long id() {
                    return id;
                }

                @Override
                public String title() {
                    return title;
                }

                @Override
                public String storage() {
                    return storage;
                }

                @Override
                public String address() {
                    return "https://confluence.example.org/pages/viewpage.action?pageId=" + id;
                }
            };
            made.put(title, page);
            return page;
        }

        @Override
        public void linkToNext(HostPage previous, HostPage next) {
            links.add(previous.id() + " -> " + next.id());
        }
    }
}
