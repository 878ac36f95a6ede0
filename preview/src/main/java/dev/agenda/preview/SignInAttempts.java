package dev.agenda.preview;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One try at signing in: the code is checked ({@link SignInCodes}) only when the name typed may try now
 * ({@link SignInThrottle}), and a wrong code counts against that name. An unknown name, a wrong code and another
 * person's code are one and the same outcome, so nothing tells them apart before the code is right. Thread-safe.
 */
final class SignInAttempts {

    /** What came of a try. */
    sealed interface Outcome permits Right, Wrong, Wait {}

    /** The code signs in this user (as spelled when the host started). */
    record Right(String username) implements Outcome {}

    /** The name and code do not go together: whether the name exists is not said. */
    record Wrong() implements Outcome {}

    /** Too many wrong codes were tried for this name; the code was not even checked. */
    record Wait(Duration remaining) implements Outcome {}

    private final SignInCodes codes;
    private final SignInThrottle throttle;

    SignInAttempts(SignInCodes codes, SignInThrottle throttle) {
        this.codes = codes;
        this.throttle = throttle;
    }

    Outcome attempt(@Nullable String username, @Nullable String code) {
        Optional<Duration> wait = throttle.waitBeforeTrying(username);
        if (wait.isPresent()) {
            return new Wait(wait.get());
        }
        Optional<String> user = codes.check(username, code);
        if (user.isEmpty()) {
            throttle.wrong(username);
            return new Wrong();
        }
        throttle.right(username);
        return new Right(user.get());
    }
}
