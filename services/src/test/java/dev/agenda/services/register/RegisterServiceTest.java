package dev.agenda.services.register;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.agenda.core.issues.JiraProjects;
import dev.agenda.core.page.MeetingPageReader;
import dev.agenda.core.register.RegisterEntry;
import dev.agenda.core.storage.StorageFormatParser;
import dev.agenda.core.sync.SyncRecord;
import dev.agenda.core.tracker.IssueTracker;
import dev.agenda.core.tracker.Result;
import dev.agenda.services.PageAnswer;
import dev.agenda.services.Refusal;
import dev.agenda.services.ServicesFixture;
import dev.agenda.services.jira.JiraAccess;
import dev.agenda.services.jira.JiraSession;
import dev.agenda.services.jira.JiraSite;
import dev.agenda.services.jira.ViewerJiraAccess;
import dev.agenda.services.page.HostPage;
import dev.agenda.services.page.Need;
import dev.agenda.services.status.BackgroundStatusRefresh;
import dev.agenda.sync.status.LiveStatuses;
import dev.agenda.sync.status.StatusMemory;
import dev.agenda.sync.status.StatusWording;
import dev.agenda.testing.ReferencePage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.After;
import org.junit.Test;

/**
 * The register over the services' honest fakes: the series of three DM Weekly pages as children of page 100, the
 * viewer (Wil) allowed to see the first two only, the in-memory fake Jira counted at its batched look-up.
 */
public class RegisterServiceTest {

    private static final long PARENT = 100L;
    private static final List<String> DATES = List.of("2017-11-13", "2017-11-20", "2017-11-27");

    private final ServicesFixture fixture = new ServicesFixture();
    private final AtomicInteger lookUps = new AtomicInteger();
    private final IssueTracker countedJira = counted(fixture.jira);
    private final StatusMemory memory = new StatusMemory();
    private final LiveStatuses statuses = new LiveStatuses(memory, fixture.clock);
    private final BackgroundStatusRefresh background = new BackgroundStatusRefresh(
            new ViewerJiraAccess() {
                @Override
                public <T> T asViewer(String viewerKey, Function<JiraSession, T> work) {
                    return work.apply(JiraSession.of(Result.ok(countedJira)));
                }
            },
            statuses);
    private final RegisterService service;

    public RegisterServiceTest() {
        fixture.pages.put(new ServicesFixture.StoredPage(PARENT, "DM Weekly", "<p>The series</p>", "http://w/100"));
        fixture.pages.allow(fixture.viewer, Need.VIEW, PARENT);
        for (int i = 0; i < DATES.size(); i++) {
            String date = DATES.get(i);
            fixture.pages.put(new ServicesFixture.StoredPage(
                    101 + i, "DM Weekly " + date, series(date), "http://w/" + (101 + i)));
        }
        fixture.pages.allow(fixture.viewer, Need.VIEW, 101);
        fixture.pages.allow(fixture.viewer, Need.VIEW, 102);
        PageScopes scopes = scope -> switch (scope.kind()) {
            case CHILDREN ->
                Optional.of(scope.value().equals("100") ? List.of(page(101), page(102), page(103)) : List.of());
            case ALL -> Optional.of(List.of(page(101), page(102), page(103), page(ServicesFixture.PAGE_ID)));
            default -> Optional.empty();
        };
        service = new RegisterService(
                scopes,
                fixture.pages,
                fixture.pages,
                fixture.currentViewer(),
                new StorageFormatParser(),
                new MeetingPageReader(ReferencePage.users(), JiraProjects.none(), ReferencePage.ZONE),
                fixture.store,
                JiraAccess.over(
                        () -> JiraSession.of(Result.ok(countedJira)),
                        new JiraSite(true, "", Optional.of("https://jira.example.org"))),
                statuses,
                memory,
                background,
                new StatusWording(fixture.clock, ReferencePage.ZONE),
                fixture.clock);
    }

    @After
    public void stopTheBackgroundRefresh() {
        background.close();
    }

    @Test
    public void aPageTheViewerMayNotSeeIsNeverListed() {
        RegisterReport report = done(service.register(RegisterRequest.of("children:100"), false));

        assertEquals(
                List.of("101", "102"),
                report.entries().stream()
                        .map(entry -> entry.page().pageId())
                        .distinct()
                        .sorted()
                        .toList());
        assertTrue(report.entries().stream()
                .noneMatch(entry -> entry.action().text().contains("notebook aspect")));
    }

    @Test
    public void aScopeAroundAPageTheViewerMayNotSeeListsNothingAtAll() {
        fixture.pages.deny(fixture.viewer, Need.VIEW, PARENT);

        assertEquals(
                List.of(),
                done(service.register(RegisterRequest.of("children:100"), false))
                        .entries());
    }

    @Test
    public void theStatusesOfEveryPageComeInOneBatchedLookUpAndJiraOutranksTheTick() {
        fixture.store.save("101", record("101/2", "DM-12813"));
        fixture.store.save("102", record("102/3", "RFC-243"));
        fixture.store.save("102", record("102/1", "RFC-188"));

        RegisterReport report = done(service.register(RegisterRequest.of("children:100"), false));

        assertEquals(1, lookUps.get());
        RegisterEntry tickedButInProgress = entry(report, "101/2");
        assertEquals(
                "In Progress", tickedButInProgress.jiraStatus().orElseThrow().name());
        assertFalse(tickedButInProgress.done());
        assertTrue(entry(report, "102/3").done());
        assertEquals(Optional.of("RFC-188"), entry(report, "102/1").jiraKey());
    }

    @Test
    public void whatAPageRendersIsWhatIsKnownWithoutAskingJira() {
        fixture.store.save("101", record("101/2", "DM-12813"));

        RegisterReport before = done(service.known(RegisterRequest.of("children:100")));
        assertEquals(0, lookUps.get());
        assertEquals(Optional.empty(), entry(before, "101/2").jiraStatus());
        assertEquals(Optional.of("DM-12813"), entry(before, "101/2").jiraKey());

        done(service.register(RegisterRequest.of("children:100"), false));
        RegisterReport after = done(service.known(RegisterRequest.of("children:100")));

        assertEquals(1, lookUps.get());
        assertEquals(
                "In Progress", entry(after, "101/2").jiraStatus().orElseThrow().name());
    }

    @Test
    public void meIsTheViewerAndTheFiltersApply() {
        RegisterReport mine =
                done(service.register(new RegisterRequest("children:100", "me", "open", "", "", "DM"), false));

        assertEquals(
                List.of("102/4"),
                mine.entries().stream().map(entry -> entry.action().id()).toList());
        assertEquals(
                List.of("assigned to womullane", "open", "in project DM"),
                mine.filter().describe());
    }

    @Test
    public void everyBadValueIsRefusedNamingTheParameterAndWhatIsAllowed() {
        assertEquals(
                "scope ‘kids:100’ is not a scope; allowed: children:PAGE-ID, siblings:PAGE-ID, space:KEY,"
                        + " label:NAME, or nothing (every page offered).",
                refused(new RegisterRequest("kids:100", "", "", "", "", "")));
        assertEquals(
                "state ‘closed’ is not a state; allowed: open or done.",
                refused(new RegisterRequest("", "", "closed", "", "", "")));
        assertEquals(
                "overdue ‘yes’ is neither true nor false.", refused(new RegisterRequest("", "", "", "yes", "", "")));
        assertEquals(
                "dueWithin ‘-1’ is not a number of days from 0 to 3650.",
                refused(new RegisterRequest("", "", "", "", "-1", "")));
        assertEquals(
                "project ‘dm-1’ is not a Jira project key (such as DM).",
                refused(new RegisterRequest("", "", "", "", "", "dm-1")));
        assertEquals(
                "scope ‘space:DM’ is not offered by this host.",
                refused(new RegisterRequest("space:DM", "", "", "", "", "")));
        fixture.current = Optional.empty();
        assertEquals(
                "assignee ‘me’ needs someone signed in; give a username instead.",
                refused(new RegisterRequest("", "me", "", "", "", "")));
        assertEquals(0, lookUps.get());
    }

    private String refused(RegisterRequest request) {
        Refusal refusal = service.register(request, false)
                .fold(
                        report -> {
                            throw new AssertionError("not refused: " + report);
                        },
                        r -> r);
        assertEquals(Refusal.Reason.BAD_REQUEST, refusal.reason());
        return refusal.message();
    }

    private static RegisterReport done(PageAnswer<RegisterReport> answer) {
        return answer.fold(report -> report, refusal -> {
            throw new AssertionError("refused: " + refusal);
        });
    }

    private static RegisterEntry entry(RegisterReport report, String id) {
        return report.entries().stream()
                .filter(entry -> entry.action().id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private HostPage page(long id) {
        return fixture.pages.find(id).orElseThrow();
    }

    private SyncRecord record(String actionId, String key) {
        return new SyncRecord(
                actionId,
                key,
                "1",
                SyncRecord.Origin.CREATED,
                "s",
                Optional.empty(),
                Optional.empty(),
                false,
                false,
                Instant.EPOCH);
    }

    private IssueTracker counted(IssueTracker tracker) {
        return (IssueTracker) Proxy.newProxyInstance(
                IssueTracker.class.getClassLoader(), new Class<?>[] {IssueTracker.class}, (proxy, method, args) -> {
                    if (method.getName().equals("issuesByKey")) {
                        lookUps.incrementAndGet();
                    }
                    try {
                        return method.invoke(tracker, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static String series(String date) {
        try {
            return Files.readString(Path.of("..", "examples", "series", "dm-weekly-" + date + ".xml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
