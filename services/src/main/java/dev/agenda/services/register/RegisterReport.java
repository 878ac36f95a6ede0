package dev.agenda.services.register;

import dev.agenda.core.register.RegisterEntry;
import dev.agenda.core.register.RegisterFilter;
import dev.agenda.services.jira.JiraSite;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The register as one viewer may see it: the entries the filter accepts, in the register's order, with Jira's
 * problems in words per key where a status could not be had. Immutable.
 *
 * @param today      the day "overdue" and "due within" were judged on
 * @param problems   per issue key, why its status is missing or old, in words
 * @param unreadable the titles of pages in scope that could not be read as storage format (left out, never lost)
 * @param authorise  where the viewer can authorise the app in Jira, if a look needed their consent
 */
public record RegisterReport(
        RegisterScope scope,
        RegisterFilter filter,
        LocalDate today,
        Instant checkedAt,
        JiraSite site,
        List<RegisterEntry> entries,
        Map<String, String> problems,
        List<String> unreadable,
        Optional<URI> authorise) {

    public RegisterReport {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(checkedAt, "checkedAt");
        Objects.requireNonNull(site, "site");
        entries = List.copyOf(entries);
        problems = Map.copyOf(problems);
        unreadable = List.copyOf(unreadable);
        Objects.requireNonNull(authorise, "authorise");
    }

    /** Where the issue opens in Jira, when the site says where its issues open. */
    public Optional<String> browse(String key) {
        return site.browseBase().map(base -> (base.endsWith("/") ? base : base + "/") + "browse/" + key);
    }
}
