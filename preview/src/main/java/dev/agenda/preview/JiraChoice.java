package dev.agenda.preview;

import dev.agenda.jira.transport.JiraTransport;

import java.time.Duration;
import java.util.Objects;

/** Which Jira the preview host shows statuses from and syncs with: none, the demo Jira, or a real one. */
public sealed interface JiraChoice permits JiraChoice.None, JiraChoice.Demo, JiraChoice.Remote {

    /** No Jira: pages say so and show actions as not in Jira yet. */
    record None() implements JiraChoice {
    }

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
     * A real Jira.
     *
     * @param browseBase where people open its issues (its base URL)
     */
    record Remote(JiraTransport transport, String browseBase) implements JiraChoice {
        public Remote {
            Objects.requireNonNull(transport, "transport");
            Objects.requireNonNull(browseBase, "browseBase");
        }
    }
}
