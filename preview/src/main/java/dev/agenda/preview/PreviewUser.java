package dev.agenda.preview;

import dev.agenda.core.users.User;
import dev.agenda.core.users.UserDirectory;
import dev.agenda.core.users.UserRef;
import dev.agenda.services.page.Viewer;

/** The people of the preview host as the page services see them: a viewer per username, named as users.csv has it. */
final class PreviewUser {

    private PreviewUser() {}

    /** The viewer {@code username} is: key {@code preview:<username>}, the directory's full name when it has one. */
    static Viewer of(String username, UserDirectory directory) {
        User known = directory.find(UserRef.username(username)).orElse(User.named(username, username));
        return new Viewer("preview:" + username, username, known.displayName());
    }
}
