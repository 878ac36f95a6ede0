package dev.agenda.services.page;

/**
 * Port: a page of the host, as the page services need it. Confluence's adapter wraps its page object; the preview
 * host's is a page file. Implementations are immutable or read their page afresh; thread-safe.
 */
public interface HostPage {

    /** The page's id, a positive number. */
    long id();

    String title();

    /** The page's content in Confluence storage format. */
    String storage();

    /** The page's absolute address, for the link back to it from each Jira issue. */
    String address();
}
