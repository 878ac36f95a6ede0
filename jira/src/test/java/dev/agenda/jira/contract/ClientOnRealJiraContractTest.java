package dev.agenda.jira.contract;

import static org.junit.Assume.assumeTrue;

import dev.agenda.core.tracker.ServerInfo;
import dev.agenda.core.tracker.TrackerUser;
import dev.agenda.jira.JiraClientSettings;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The contract: the REST client against a real Jira, Data Center or Cloud, named by {@code AGENDA_TEST_JIRA_URL},
 * {@code AGENDA_TEST_JIRA_TOKEN}, {@code AGENDA_TEST_JIRA_EMAIL} (Cloud only) and {@code AGENDA_TEST_JIRA_PROJECT}
 * ({@link RealJira}); skipped, with that message, while {@code AGENDA_TEST_JIRA_URL} is unset. Every request and answer
 * is validated against Atlassian's OpenAPI description, as on the fake; the client waits and retries on the real
 * clock.
 *
 * <p>What the Jira needs: the project, with issue type Task (with Due Date on its create screen), whose workflow lets
 * the token's user move an issue into a done status and back into a to-do one; the user may browse, create, edit,
 * transition and assign issues there (to themselves), and add watchers; and no project {@code NOPE} is visible to
 * them. The acting user is whoever owns the token: the cases assign and watch as that user, and find them by email
 * ({@code AGENDA_TEST_JIRA_EMAIL}, else the email Jira shows for them; skipped if it shows none).
 * {@link #seededIssuesAreAnsweredAcrossProjects} needs the fake's seeded issues and is skipped here.
 *
 * <p>What a run writes, and leaves behind: it only writes to issues it created, and only creates issues in the named
 * project — 12 per run of this class. Each has a summary starting {@value #SUMMARY_PREFIX}, and the labels
 * {@value #CLEANUP_LABEL} and {@code agenda-contract-<time>-<random>} (one per test, so that no search finds issues
 * of another test or run). Some carry the entity property {@code agenda.action}, a due date in 2017, the acting user
 * as assignee and watcher, and a remote link to {@code https://confluence.example.org/x/42} with a globalId naming
 * the test's run; one went into a done status and back to to-do; the bulk create's invalid item creates nothing.
 * Everything else is read only: server info, the user, the project, user searches, and keys and projects that do not
 * exist. Nothing is deleted — the client cannot delete — so every created issue stays until someone deletes it: find
 * them with {@code project = <AGENDA_TEST_JIRA_PROJECT> AND labels = agenda-contract-test}. Jira may send the acting
 * user the usual notifications for them.
 *
 * <p>Searches on a real Jira may lag behind a write (Cloud's search is eventually consistent), so a search the case
 * expects to find a new issue is asked again, once a second, for up to 30 seconds.
 */
public class ClientOnRealJiraContractTest extends HttpContract {

    /** The label on every issue a run creates, whatever the run: what to search for to clean up. */
    static final String CLEANUP_LABEL = "agenda-contract-test";

    static final String SUMMARY_PREFIX = "agenda contract test: ";
    private static final Duration SEARCH_PATIENCE = Duration.ofSeconds(30);
    private static final Duration SEARCH_INTERVAL = Duration.ofSeconds(1);

    /** Names this test's issues and links apart from every other test's and run's: its time and a random part. */
    private final String run = LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
            + "-"
            + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).substring(0, 6);

    private RealJira jira;

    @Override
    protected Endpoint openBackend() {
        jira = RealJira.fromEnvironment();
        return new Endpoint(jira.url(), jira.credentials());
    }

    @Override
    protected void closeBackend() {
        // Nothing to release; what the run created stays (see the class comment).
    }

    @Override
    protected JiraClientSettings clientSettings() {
        return JiraClientSettings.defaults();
    }

    @Override
    protected ServerInfo.Deployment deployment() {
        return jira.deployment();
    }

    @Override
    protected String project() {
        return jira.project();
    }

    @Override
    protected String labelOfThisTest() {
        return "agenda-contract-" + run;
    }

    @Override
    protected List<String> labels() {
        return List.of(CLEANUP_LABEL, labelOfThisTest());
    }

    @Override
    protected String summary(String text) {
        return SUMMARY_PREFIX + text;
    }

    @Override
    protected String globalId(String task) {
        return "agenda:contract-test=" + run + ":task=" + task;
    }

    @Override
    protected TrackerUser someoneToAssign() {
        return tracker().myself().value();
    }

    @Override
    protected TrackerUser someoneToWatch() {
        return tracker().myself().value();
    }

    @Override
    protected KnownUser someoneWithAnEmail() {
        TrackerUser me = tracker().myself().value();
        Optional<String> email = jira.email().or(me::email);
        assumeTrue(
                "Jira shows no email for the token's user, so there is no one known to find by email",
                email.isPresent());
        return new KnownUser(email.get(), me.displayName());
    }

    @Override
    protected Optional<String> actingUserDisplayName() {
        return Optional.empty();
    }

    @Override
    protected boolean holdsTheSeededIssues() {
        return false;
    }

    @Override
    protected <T> T searchUntil(Supplier<T> search, Predicate<T> complete) {
        long deadline = System.nanoTime() + SEARCH_PATIENCE.toNanos();
        T answer = search.get();
        while (!complete.test(answer) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(SEARCH_INTERVAL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return answer;
            }
            answer = search.get();
        }
        return answer;
    }
}
