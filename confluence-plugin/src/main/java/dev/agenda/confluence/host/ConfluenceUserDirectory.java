package dev.agenda.confluence.host;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import dev.agenda.core.users.User;
import dev.agenda.core.users.UserDirectory;
import dev.agenda.core.users.UserRef;
import java.util.Optional;

/**
 * The user directory inside Confluence: usernames and user keys through Confluence's user accessor. Data Center
 * has no account ids (a Cloud identifier), so a page that names people by account id shows them as unknown.
 */
public final class ConfluenceUserDirectory implements UserDirectory {

    private final UserAccessor userAccessor;

    public ConfluenceUserDirectory(UserAccessor userAccessor) {
        this.userAccessor = userAccessor;
    }

    @Override
    public Optional<User> find(UserRef ref) {
        ConfluenceUser user = switch (ref.kind()) {
            case USERNAME -> userAccessor.getUserByName(ref.value());
            case USER_KEY -> userAccessor.getUserByKey(new UserKey(ref.value()));
            case ACCOUNT_ID -> null;
        };
        return Optional.ofNullable(user).map(ConfluenceUserDirectory::toUser);
    }

    private static User toUser(ConfluenceUser user) {
        return new User(
                user.getName(),
                Optional.ofNullable(user.getKey()).map(UserKey::getStringValue),
                Optional.empty(),
                Optional.ofNullable(user.getFullName()),
                Optional.ofNullable(user.getEmail()),
                Optional.empty());
    }
}
