package dev.agenda.preview;

import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.ConfluenceUser;

/**
 * The preview host's permissions: whoever is signed in (or the one user, when nobody signs in) may view and edit every
 * page — it is a preview of files its users share — and nobody else may do anything. Per-page permissions are
 * Confluence's to enforce, and its plugin asks Confluence the same questions through {@link PermissionManager}.
 */
final class PreviewPermissions implements PermissionManager {

    @Override
    public boolean hasPermission(ConfluenceUser user, com.atlassian.confluence.security.Permission permission,
                                 Object target) {
        return user != null && target instanceof FilePage;
    }
}
