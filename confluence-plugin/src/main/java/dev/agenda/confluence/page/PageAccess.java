package dev.agenda.confluence.page;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.ConfluenceUser;
import dev.agenda.confluence.host.CurrentUser;
import dev.agenda.confluence.i18n.PluginMessages;
import dev.agenda.core.page.MeetingPage;
import dev.agenda.core.page.MeetingPageReader;
import dev.agenda.core.storage.StorageFormatException;
import dev.agenda.core.storage.StorageFormatParser;

import java.util.Objects;

/**
 * Opens a meeting page for the current user, the first step of every page resource: the id must be a number, the
 * page must exist and be visible to the user (else "not found", the same either way, so nothing reveals which pages
 * exist), editable by them when the work changes something, and readable as storage format. Thread-safe.
 */
public final class PageAccess {

    private static final String KEY = "dev.agenda.agenda-confluence-plugin.sync.";

    /** What the work needs: viewing only, or changing the page or what its actions are tied to. */
    public enum Need { VIEW, EDIT }

    /** The answer: a page ready for work, or why not. */
    public sealed interface Opened permits Ready, Refused {
    }

    /** The page, as Confluence has it and as read, with the user it was opened for (null when anonymous). */
    public record Ready(AbstractPage page, MeetingPage meeting, ConfluenceUser user) implements Opened {
        public Ready {
            Objects.requireNonNull(page, "page");
            Objects.requireNonNull(meeting, "meeting");
        }
    }

    /** Why the page cannot be worked on; {@code reason} chooses the HTTP status, {@code message} is for the user. */
    public record Refused(Reason reason, String message) implements Opened {
    }

    /** Why a page was refused. */
    public enum Reason { BAD_ID, NOT_FOUND, FORBIDDEN, UNREADABLE }

    private final PageManager pageManager;
    private final PermissionManager permissionManager;
    private final CurrentUser currentUser;
    private final StorageFormatParser parser;
    private final MeetingPageReader reader;
    private final PluginMessages messages;

    public PageAccess(PageManager pageManager, PermissionManager permissionManager, CurrentUser currentUser,
                      StorageFormatParser parser, MeetingPageReader reader, PluginMessages messages) {
        this.pageManager = pageManager;
        this.permissionManager = permissionManager;
        this.currentUser = currentUser;
        this.parser = parser;
        this.reader = reader;
        this.messages = messages;
    }

    /** @param pageId the page id as the caller wrote it */
    public Opened open(String pageId, Need need) {
        long id;
        try {
            id = Long.parseLong(pageId);
        } catch (NumberFormatException e) {
            return new Refused(Reason.BAD_ID, messages.text(KEY + "bad-page-id", pageId));
        }
        ConfluenceUser user = currentUser.get();
        AbstractPage page = pageManager.getAbstractPage(id);
        if (page == null || !permissionManager.hasPermission(user, Permission.VIEW, page)) {
            return new Refused(Reason.NOT_FOUND, messages.text(KEY + "not-found", id));
        }
        if (need == Need.EDIT && !permissionManager.hasPermission(user, Permission.EDIT, page)) {
            return new Refused(Reason.FORBIDDEN, messages.text(KEY + "forbidden", id));
        }
        try {
            return new Ready(page, reader.readPage(String.valueOf(id), parser.parse(page.getBodyAsString())), user);
        } catch (StorageFormatException e) {
            return new Refused(Reason.UNREADABLE, messages.text(KEY + "unreadable", id, e.getMessage()));
        }
    }

    /** Whether the current user may edit the page (and so sync it and tick its tasks). */
    public boolean canEdit(AbstractPage page) {
        return permissionManager.hasPermission(currentUser.get(), Permission.EDIT, page);
    }
}
