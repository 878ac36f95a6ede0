package dev.agenda.confluence.host;

import com.atlassian.confluence.user.ConfluenceUser;
import java.util.function.Supplier;

/**
 * A fake of the current-user port for tests: every thread is {@code user} (null: anonymous), except while it runs work
 * as someone else.
 */
public final class FixedCurrentUser implements CurrentUser {

    private final ConfluenceUser user;
    private final ThreadLocal<ConfluenceUser[]> runningAs = new ThreadLocal<>();

    private FixedCurrentUser(ConfluenceUser user) {
        this.user = user;
    }

    public static CurrentUser of(ConfluenceUser user) {
        return new FixedCurrentUser(user);
    }

    @Override
    public ConfluenceUser get() {
        ConfluenceUser[] as = runningAs.get();
        return as == null ? user : as[0];
    }

    @Override
    public <T> T runAs(ConfluenceUser other, Supplier<T> work) {
        ConfluenceUser[] before = runningAs.get();
        runningAs.set(new ConfluenceUser[] {other});
        try {
            return work.get();
        } finally {
            runningAs.set(before);
        }
    }
}
