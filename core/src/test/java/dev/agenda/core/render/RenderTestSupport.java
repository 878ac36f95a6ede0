package dev.agenda.core.render;

import dev.agenda.core.Fixtures;
import dev.agenda.core.page.MeetingPage;
import dev.agenda.core.users.UserDirectory;
import java.time.Instant;

/** Renders pages for tests, with one shared set of templates. */
final class RenderTestSupport {

    static final Templates TEMPLATES = new Templates();

    private RenderTestSupport() {
    }

    static RenderContext context(UserDirectory users, Instant now) {
        return new RenderContext(users, IssueLinks.jiraAt("https://jira.example.org/"), HostContentRenderer.none(),
                now, Fixtures.SERVER_ZONE);
    }

    static String document(MeetingPage page, UserDirectory users, Instant now) {
        return new PageRenderer(TEMPLATES).renderDocument(page, context(users, now), "test.xml");
    }

    /** How often {@code regex} matches in {@code html}. */
    static int count(String html, String regex) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile(regex).matcher(html);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    static String document(String storage, UserDirectory users) {
        return document(Fixtures.page("p", storage, users), users, Instant.parse("2017-11-02T17:00:00Z"));
    }
}
