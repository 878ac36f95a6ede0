package dev.agenda.confluence.sync;

import com.atlassian.confluence.pages.AbstractPage;

/** Port: a page's absolute address, for the link back from each Jira issue. Thread-safe. */
@FunctionalInterface
public interface PageLinks {

    String urlOf(AbstractPage page);
}
