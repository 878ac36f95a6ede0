package dev.agenda.core.users;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A user directory held in memory, indexed by username, user key and account id. Immutable and thread-safe. */
public final class InMemoryUserDirectory implements UserDirectory {

    private final List<User> users;
    private final Map<UserRef, User> index;

    public InMemoryUserDirectory(Collection<User> users) {
        this.users = List.copyOf(users);
        Map<UserRef, User> byRef = new HashMap<>();
        for (User user : this.users) {
            byRef.put(new UserRef(UserRef.Kind.USERNAME, user.username()), user);
            user.userKey().ifPresent(key -> byRef.put(new UserRef(UserRef.Kind.USER_KEY, key), user));
            user.accountId().ifPresent(id -> byRef.put(new UserRef(UserRef.Kind.ACCOUNT_ID, id), user));
        }
        this.index = Map.copyOf(byRef);
    }

    @Override
    public Optional<User> find(UserRef ref) {
        return Optional.ofNullable(index.get(ref));
    }

    public List<User> users() {
        return users;
    }
}
