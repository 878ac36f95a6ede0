package dev.agenda.app;

import dev.agenda.jira.JiraClientSettings;
import dev.agenda.jira.transport.JdkHttpTransport;
import dev.agenda.jira.transport.JiraCredentials;
import dev.agenda.jira.transport.JiraTransport;
import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The options that say which Jira to talk to, and how long a run keeps trying while it fails. Credentials come from
 * the environment only, never from the command line (where other users of the machine and shell history would see
 * them): {@code JIRA_TOKEN} alone is a Jira Data Center personal access token, sent as {@code Bearer};
 * {@code JIRA_EMAIL} with {@code JIRA_TOKEN} is a Jira Cloud account and API token, sent as HTTP Basic. A token holding
 * something no token holds (a line break pasted inside it) is refused naming its variable, never repeating it; a
 * {@code --jira} URL holding a user name or password is refused without repeating it ({@link JiraUrlConverter}).
 */
final class JiraOptions {

    static final String TOKEN_VARIABLE = "JIRA_TOKEN";
    static final String EMAIL_VARIABLE = "JIRA_EMAIL";

    @Option(
            names = "--jira",
            paramLabel = "URL",
            required = true,
            converter = JiraUrlConverter.class,
            description = "Jira's base URL, e.g. https://jira.example.org or https://example.atlassian.net, without "
                    + "credentials (they come from the environment).")
    URI jira;

    @Option(
            names = "--jira-timeout",
            paramLabel = "SECONDS",
            defaultValue = "30",
            description = "How long to wait for each Jira answer. Default: ${DEFAULT-VALUE} s.")
    int timeoutSeconds;

    @Option(
            names = "--jira-patience",
            paramLabel = "SECONDS|DURATION",
            description = "How long the whole run keeps trying while Jira fails or limits the rate: seconds (300) or a"
                    + " duration (90s, 5m, 1m30s, PT2M). Default: 3 min.")
    @Nullable
    String patience;

    /** The longest patience a run may be given. */
    static final Duration LONGEST_PATIENCE = Duration.ofHours(24);

    /** The client settings with {@code --jira-patience}'s run patience, when it was given. */
    JiraClientSettings settings(JiraClientSettings given) throws UsageException {
        return patience == null ? given : given.withRunPatience(patience(patience));
    }

    /**
     * Reads a patience as {@code --jira-patience} takes it: whole seconds ({@code 300}), a short duration ({@code 90s},
     * {@code 5m}, {@code 1h}, {@code 1m30s}) or ISO 8601 ({@code PT2M}); from 0 (never try again) to 24 hours.
     */
    static Duration patience(String value) throws UsageException {
        String given = value.strip().toLowerCase(Locale.ROOT);
        Duration patience = null;
        Matcher shortForm = SHORT_DURATION.matcher(given);
        if (given.matches("\\d{1,9}")) {
            patience = Duration.ofSeconds(Long.parseLong(given));
        } else if (!given.isEmpty() && shortForm.matches()) {
            patience = Duration.ofHours(number(shortForm.group(1)))
                    .plusMinutes(number(shortForm.group(2)))
                    .plusSeconds(number(shortForm.group(3)));
        } else if (given.startsWith("pt")) {
            try {
                patience = Duration.parse(given.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                patience = null;
            }
        }
        if (patience == null || patience.isNegative()) {
            throw new UsageException(
                    "--jira-patience takes seconds (300) or a duration (90s, 5m, 1m30s, PT2M), not '" + value + "'");
        }
        if (patience.compareTo(LONGEST_PATIENCE) > 0) {
            throw new UsageException("--jira-patience is at most 24 hours, not '" + value + "'");
        }
        return patience;
    }

    private static final Pattern SHORT_DURATION = Pattern.compile("(?:(\\d{1,6})h)?(?:(\\d{1,6})m)?(?:(\\d{1,9})s)?");

    private static long number(@Nullable String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }

    /** The transport to the configured Jira with the environment's credentials. */
    JiraTransport transport(Map<String, String> environment) throws UsageException {
        return transport(jira, timeoutSeconds, environment);
    }

    /** The transport to {@code jira} with the environment's credentials, as {@code --jira} and the others say. */
    static JiraTransport transport(URI jira, int timeoutSeconds, Map<String, String> environment)
            throws UsageException {
        return transport(jira, timeoutSeconds, credentials(environment));
    }

    /** The transport to {@code jira} with these credentials. */
    static JiraTransport transport(URI jira, int timeoutSeconds, JiraCredentials credentials) throws UsageException {
        if (jira.getScheme() == null || !jira.getScheme().matches("https?") || jira.getHost() == null) {
            throw new UsageException(
                    "--jira must be an http or https URL such as https://jira.example.org, not '" + jira + "'");
        }
        if (timeoutSeconds < 1) {
            throw new UsageException("--jira-timeout must be at least 1 second");
        }
        String base = jira.toString().replaceAll("/+$", "");
        return new JdkHttpTransport(
                URI.create(base),
                credentials,
                JdkHttpTransport.DEFAULT_CONNECT_TIMEOUT,
                Duration.ofSeconds(timeoutSeconds));
    }

    static JiraCredentials credentials(Map<String, String> environment) throws UsageException {
        String token = blankToNull(environment.get(TOKEN_VARIABLE));
        String email = blankToNull(environment.get(EMAIL_VARIABLE));
        if (email != null && token == null) {
            throw new UsageException(EMAIL_VARIABLE + " is set but " + TOKEN_VARIABLE + " is not: a Jira Cloud API"
                    + " token goes in " + TOKEN_VARIABLE);
        }
        if (token == null) {
            return JiraCredentials.none();
        }
        return made(token, TOKEN_VARIABLE, email, EMAIL_VARIABLE);
    }

    /**
     * One user's own credentials, for a preview host whose users sign in: {@code JIRA_TOKEN_<USER>}, and
     * {@code JIRA_EMAIL_<USER>} on Cloud, where {@code <USER>} is the username in capitals with every character
     * other than a letter or digit made {@code _} ({@code JIRA_TOKEN_WOMULLANE}).
     *
     * @throws UsageException when that user's token is not set, naming the variable to set
     */
    static JiraCredentials credentialsOf(String username, Map<String, String> environment) throws UsageException {
        String tokenVariable = TOKEN_VARIABLE + "_" + variableSuffix(username);
        String emailVariable = EMAIL_VARIABLE + "_" + variableSuffix(username);
        String token = blankToNull(environment.get(tokenVariable));
        String email = blankToNull(environment.get(emailVariable));
        if (token == null) {
            throw new UsageException(username + " signs in but " + tokenVariable + " is not set: each user reaches"
                    + " Jira with their own token (a Data Center personal access token, or with " + emailVariable
                    + " a Cloud API token)");
        }
        return made(token, tokenVariable, email, emailVariable);
    }

    /**
     * The credentials of a token and, on Cloud, an email, or a usage error naming the variable that holds something
     * no token (or email) holds, such as a line break pasted inside it. The message never repeats the value: the
     * credentials' own refusal says what is wrong without it.
     */
    private static JiraCredentials made(
            String token, String tokenVariable, @Nullable String email, String emailVariable) throws UsageException {
        JiraCredentials tokenAlone;
        try {
            tokenAlone = JiraCredentials.personalAccessToken(token);
        } catch (IllegalArgumentException e) {
            throw new UsageException(tokenVariable + " is not a usable Jira token: " + e.getMessage()
                    + ". Set it again to the token alone");
        }
        if (email == null) {
            return tokenAlone;
        }
        // The token passed: only the email can be refused now.
        try {
            return JiraCredentials.emailAndApiToken(email, token);
        } catch (IllegalArgumentException e) {
            throw new UsageException(
                    emailVariable + " is not a usable email: " + e.getMessage() + ". Set it again to the email alone");
        }
    }

    /** How a username appears in the names of its environment variables. */
    static String variableSuffix(String username) {
        return username.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    /** What to tell someone whose credentials were missing or refused. */
    static String credentialsHint() {
        return "set " + TOKEN_VARIABLE + " to a Jira Data Center personal access token, or " + EMAIL_VARIABLE + " and "
                + TOKEN_VARIABLE + " to a Jira Cloud account's email and API token";
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
