package dev.agenda.preview;

import dev.agenda.services.page.CurrentViewer;
import dev.agenda.services.page.HostPage;
import dev.agenda.services.page.Need;
import dev.agenda.services.page.PagePermissions;

/**
 * The preview host's permissions: whoever is signed in (or the one user, when nobody signs in) may view and edit every
 * page file — it is a preview of files its users share — and nobody else may do anything. Per-page permissions are
 * Confluence's to enforce; its adapter asks Confluence the same question.
 */
final class PreviewPermissions implements PagePermissions {

    private final CurrentViewer currentViewer;

    PreviewPermissions(CurrentViewer currentViewer) {
        this.currentViewer = currentViewer;
    }

    @Override
    public boolean currentViewerMay(Need need, HostPage page) {
        return currentViewer.get().isPresent() && page instanceof FilePage;
    }
}
