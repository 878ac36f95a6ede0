package dev.agenda.preview;

import dev.agenda.jira.transport.JiraTransport;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/** Which Jira the preview host shows statuses from and syncs with: none, the demo Jira, or a real one. */
public sealed interface JiraChoice permits JiraChoice.None, JiraChoice.Demo, JiraChoice.Remote {

    /** No Jira: pages say so and show actions as not in Jira yet. */
    record None() implements JiraChoice {}

    /**
     * The in-memory fake Jira, served over HTTP inside this process and labelled "demo Jira" on every page.
     *
     * @param latency how long it takes to answer each request (zero for at once), to show a slow Jira
     */
    record Demo(Duration latency) implements JiraChoice {
        public Demo {
            Objects.requireNonNull(latency, "latency");
            if (latency.isNegative()) {
                throw new IllegalArgumentException("latency cannot be negative");
            }
        }
    }

    /**
     * A real Jira, which each user reaches with their own credentials, so what it shows them is what they may see.
     *
     * @param transports each user's way to Jira, by username, carrying that user's own token; every user of the
     *                   host needs one
     * @param browseBase where people open its issues (its base URL)
     */
    record Remote(Map<String, JiraTransport> transports, String browseBase) implements JiraChoice {

        // scheme://…@: a user name or password before the host.
        private static final Pattern USER_INFO = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://[^/?#]*@");

        /**
         * @throws IllegalArgumentException when {@code browseBase} holds a user name or password, which every page and
         *                                  every status answer would show; the message does not repeat it
         */
        public Remote {
            transports = Map.copyOf(transports);
            Objects.requireNonNull(browseBase, "browseBase");
            if (USER_INFO.matcher(browseBase).find()) {
                throw new IllegalArgumentException("the Jira base URL may not hold a user name or password (the part"
                        + " before '@'): pages and status answers show it");
            }
        }

        /** The one user's way to Jira, for a host with {@link Viewers#only one user}. */
        public static Remote forOne(String username, JiraTransport transport, String browseBase) {
            return new Remote(Map.of(username, transport), browseBase);
        }
    }
}
