package dev.agenda.preview;

import dev.agenda.jira.JiraClientSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * How a preview host runs.
 *
 * @param pages    the directory of pages ({@code *.xml}, storage format) and their optional {@code users.csv}; ticks
 *                 are written back into these files
 * @param port     the loopback port to listen on; 0 picks a free one
 * @param data     where the embedded H2 database lives (unless {@code database} names another)
 * @param database a JDBC URL (PostgreSQL, for several hosts acting as one cluster); empty for H2 under {@code data}
 * @param viewers  who uses the host: one user, or users who sign in (each the viewer of the pages they open, and
 *                 the Confluence user of the syncs they start)
 * @param client   how the Jira client retries and waits
 * @param defaultProject the Jira project for actions whose agenda names none ({@code serve --project}); empty for
 *                 none, when such actions fail with a reason saying how to give them one
 */
public record PreviewSettings(
        Path pages,
        int port,
        Path data,
        Optional<String> database,
        JiraChoice jira,
        Viewers viewers,
        Clock clock,
        ZoneId zone,
        JiraClientSettings client,
        Optional<String> defaultProject) {

    public PreviewSettings {
        Objects.requireNonNull(pages, "pages");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(jira, "jira");
        Objects.requireNonNull(viewers, "viewers");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(defaultProject, "defaultProject");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535");
        }
    }
}
