package dev.agenda.preview;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserKey;
import dev.agenda.core.users.User;
import dev.agenda.core.users.UserDirectory;
import dev.agenda.core.users.UserRef;

/** The one user the preview host acts as, shaped as Confluence's user. */
final class PreviewUser implements ConfluenceUser {

    private final String username;
    private final String fullName;
    private final String email;

    PreviewUser(String username, UserDirectory directory) {
        this.username = username;
        User known = directory.find(UserRef.username(username)).orElse(User.named(username, username));
        this.fullName = known.displayName();
        this.email = known.email().orElse("");
    }

    @Override
    public String getName() {
        return username;
    }

    @Override
    public String getFullName() {
        return fullName;
    }

    @Override
    public String getEmail() {
        return email;
    }

    @Override
    public UserKey getKey() {
        return new UserKey("preview:" + username);
    }
}
