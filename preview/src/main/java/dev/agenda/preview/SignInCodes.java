package dev.agenda.preview;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Each user's sign-in code for one run of the preview host: 128 random bits, made at start and shown only to whoever
 * started the host (on its console, inside each user's sign-in link), who hands each person their own link — the way
 * a notebook server's start-up link works. A code is not a Jira token: knowing it lets one act as that user in this
 * preview, and it dies with the host. Codes are compared in constant time. Immutable, so thread-safe.
 */
final class SignInCodes {

    private final Map<String, String> codeByUsername = new LinkedHashMap<>();
    private final Map<String, String> usernameByLowerCase = new LinkedHashMap<>();

    SignInCodes(List<String> usernames, SecureRandom random) {
        for (String username : usernames) {
            byte[] bits = new byte[16];
            random.nextBytes(bits);
            codeByUsername.put(username, HexFormat.of().formatHex(bits));
            usernameByLowerCase.put(username.toLowerCase(Locale.ROOT), username);
        }
    }

    /** The users who may sign in, in the order given. */
    List<String> usernames() {
        return List.copyOf(codeByUsername.keySet());
    }

    /** The user's code; only for the sign-in link shown to whoever started the host. */
    String codeOf(String username) {
        String code = codeByUsername.get(username);
        if (code == null) {
            throw new IllegalArgumentException(username + " may not sign in here");
        }
        return code;
    }

    /** The user (as spelled when the host started) whom this code signs in; empty when either is wrong. */
    Optional<String> check(@Nullable String username, @Nullable String code) {
        if (username == null || code == null) {
            return Optional.empty();
        }
        String known = usernameByLowerCase.get(username.strip().toLowerCase(Locale.ROOT));
        // An unknown user is still compared against a code, so a wrong name takes as long as a wrong code.
        String expected = known == null ? "00000000000000000000000000000000" : codeOf(known);
        boolean matches = MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), code.strip().getBytes(StandardCharsets.UTF_8));
        return matches && known != null ? Optional.of(known) : Optional.empty();
    }
}
