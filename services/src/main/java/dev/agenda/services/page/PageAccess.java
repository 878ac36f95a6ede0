package dev.agenda.services.page;

import dev.agenda.core.page.MeetingPage;
import dev.agenda.core.page.MeetingPageReader;
import dev.agenda.core.storage.StorageFormatException;
import dev.agenda.core.storage.StorageFormatParser;
import dev.agenda.services.PageAnswer;
import dev.agenda.services.Refusal;
import dev.agenda.services.Texts;
import java.util.Objects;
import java.util.Optional;

/**
 * Opens a meeting page for the current viewer, the first step of every page service: the id must be a number, the
 * page must exist and be visible to the viewer (else "not found", the same either way, so nothing reveals which pages
 * exist), editable by them when the work changes something, and readable as storage format. Thread-safe.
 */
public final class PageAccess {

    /** The page, as the host has it and as read, with the viewer it was opened for (empty when anonymous). */
    public record Ready(HostPage page, MeetingPage meeting, Optional<Viewer> viewer) {
        public Ready {
            Objects.requireNonNull(page, "page");
            Objects.requireNonNull(meeting, "meeting");
            Objects.requireNonNull(viewer, "viewer");
        }
    }

    private final HostPages pages;
    private final PagePermissions permissions;
    private final CurrentViewer currentViewer;
    private final StorageFormatParser parser;
    private final MeetingPageReader reader;
    private final Texts texts;

    public PageAccess(
            HostPages pages,
            PagePermissions permissions,
            CurrentViewer currentViewer,
            StorageFormatParser parser,
            MeetingPageReader reader,
            Texts texts) {
        this.pages = pages;
        this.permissions = permissions;
        this.currentViewer = currentViewer;
        this.parser = parser;
        this.reader = reader;
        this.texts = texts;
    }

    /**
     * Opens the page for the current viewer if they have the access {@code need} names, else says why not.
     *
     * @param pageId the page id as the caller wrote it
     */
    public PageAnswer<Ready> open(String pageId, Need need) {
        long id;
        try {
            id = Long.parseLong(pageId);
        } catch (NumberFormatException e) {
            return refused(Refusal.Reason.BAD_REQUEST, texts.text("page.bad-id", pageId));
        }
        Optional<HostPage> page = pages.find(id).filter(found -> permissions.currentViewerMay(Need.VIEW, found));
        if (page.isEmpty()) {
            return refused(Refusal.Reason.NOT_FOUND, texts.text("page.not-found", id));
        }
        if (need == Need.EDIT && !permissions.currentViewerMay(Need.EDIT, page.get())) {
            return refused(Refusal.Reason.FORBIDDEN, texts.text("page.forbidden", id));
        }
        try {
            MeetingPage meeting =
                    reader.readPage(String.valueOf(id), parser.parse(page.get().storage()));
            return PageAnswer.done(new Ready(page.get(), meeting, currentViewer.get()));
        } catch (StorageFormatException e) {
            return refused(Refusal.Reason.UNREADABLE, texts.text("page.unreadable", id, e.getMessage()));
        }
    }

    /** Whether the current viewer may edit the page (and so sync it and tick its tasks). */
    public boolean canEdit(HostPage page) {
        return permissions.currentViewerMay(Need.EDIT, page);
    }

    private static PageAnswer<Ready> refused(Refusal.Reason reason, String message) {
        return PageAnswer.refused(Refusal.of(reason, message));
    }
}
