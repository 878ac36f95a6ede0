package dev.agenda.jira.contract;

import static org.junit.Assume.assumeTrue;

import dev.agenda.core.tracker.ServerInfo;
import dev.agenda.jira.transport.JiraCredentials;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The real Jira of the tests, named by the environment, or the test is skipped:
 * <ul>
 *   <li>{@code AGENDA_TEST_JIRA_URL}: the Jira's base URL ({@code https://jira.example.org},
 *       {@code https://example.atlassian.net}); unset or blank, every test that needs it is skipped;</li>
 *   <li>{@code AGENDA_TEST_JIRA_TOKEN}: a Data Center personal access token, or a Cloud API token;</li>
 *   <li>{@code AGENDA_TEST_JIRA_EMAIL}: for Cloud only, the email of the token's account; set, the Jira is taken to
 *       be Cloud (HTTP Basic), unset Data Center (Bearer), as {@code JIRA_EMAIL} decides for {@code bin/agenda};</li>
 *   <li>{@code AGENDA_TEST_JIRA_PROJECT}: the key of a scratch project the tests may create issues in.</li>
 * </ul>
 * With the URL set, a missing token or project fails the test instead of skipping it: someone meant to run it. The
 * token is only ever handed to {@link JiraCredentials}, which redacts itself.
 */
final class RealJira {

    static final String URL_VARIABLE = "AGENDA_TEST_JIRA_URL";
    static final String TOKEN_VARIABLE = "AGENDA_TEST_JIRA_TOKEN";
    static final String EMAIL_VARIABLE = "AGENDA_TEST_JIRA_EMAIL";
    static final String PROJECT_VARIABLE = "AGENDA_TEST_JIRA_PROJECT";
    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]+");

    private final String url;
    private final String token;
    private final Optional<String> email;
    private final String project;

    private RealJira(String url, String token, Optional<String> email, String project) {
        this.url = url;
        this.token = token;
        this.email = email;
        this.project = project;
    }

    /** The Jira the environment names; skips the calling test if it names none. */
    static RealJira fromEnvironment() {
        return from(System.getenv());
    }

    /** The Jira these variables name; skips the calling test if they name none. */
    static RealJira from(Map<String, String> environment) {
        Optional<String> url = variable(environment, URL_VARIABLE);
        assumeTrue(URL_VARIABLE + " is not set: the contract against a real Jira is skipped", url.isPresent());
        Optional<String> token = variable(environment, TOKEN_VARIABLE);
        Optional<String> project = variable(environment, PROJECT_VARIABLE);
        List<String> problems = new ArrayList<>();
        if (!url.get().startsWith("https://") && !url.get().startsWith("http://")) {
            problems.add(URL_VARIABLE + " is not an http(s) URL");
        }
        if (token.isEmpty()) {
            problems.add(TOKEN_VARIABLE + " is not set");
        }
        if (project.isEmpty()) {
            problems.add(PROJECT_VARIABLE + " is not set");
        } else if (!PROJECT_KEY.matcher(project.get()).matches()) {
            problems.add(PROJECT_VARIABLE + " is not a project key (capital letters, digits, _)");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(URL_VARIABLE + " names a Jira, but " + String.join(", ", problems));
        }
        return new RealJira(url.get(), token.get(), variable(environment, EMAIL_VARIABLE), project.get());
    }

    private static Optional<String> variable(Map<String, String> environment, String name) {
        return Optional.ofNullable(environment.get(name)).map(String::strip).filter(value -> !value.isEmpty());
    }

    String url() {
        return url;
    }

    String project() {
        return project;
    }

    /** The account's email: given for Cloud, where it signs in. */
    Optional<String> email() {
        return email;
    }

    ServerInfo.Deployment deployment() {
        return email.isPresent() ? ServerInfo.Deployment.CLOUD : ServerInfo.Deployment.DATA_CENTER;
    }

    JiraCredentials credentials() {
        return email.map(address -> JiraCredentials.emailAndApiToken(address, token))
                .orElseGet(() -> JiraCredentials.personalAccessToken(token));
    }

    @Override
    public String toString() {
        return "RealJira[" + url + ", project " + project + ", " + credentials() + "]";
    }
}
