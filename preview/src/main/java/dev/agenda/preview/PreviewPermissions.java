package dev.agenda.preview;

import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.ConfluenceUser;

/**
 * The preview host's permissions: its one user may view and edit every page (it is a local preview of files the user
 * can edit anyway); nobody else is signed in. Per-page permissions are Confluence's to enforce, and its plugin asks
 * Confluence the same questions through {@link PermissionManager}.
 */
final class PreviewPermissions implements PermissionManager {

    @Override
    public boolean hasPermission(ConfluenceUser user, com.atlassian.confluence.security.Permission permission,
                                 Object target) {
        return user != null && target instanceof FilePage;
    }
}
