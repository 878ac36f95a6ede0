package dev.agenda.preview;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Refuses (421) every request addressed to a host other than this one: its {@code Host} must be {@code localhost},
 * {@code 127.0.0.1} or {@code [::1]} with the port the host listens on. This is the defence against DNS rebinding: a
 * page on {@code evil.example} whose name is made to resolve to 127.0.0.1 reaches the host from the visitor's browser
 * as the same origin as itself, and in single-user mode nothing else would stand in its way; but the browser still
 * names {@code evil.example} in the {@code Host}, which a page's script cannot change. Runs before anything else,
 * signing in included. Thread-safe.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
final class ThisHostOnly implements ContainerRequestFilter {

    /** 421 Misdirected Request: the request was meant for a server other than this one. */
    static final int MISDIRECTED = 421;

    private static final List<String> LOOPBACK_NAMES = List.of("localhost", "127.0.0.1", "[::1]");
    private static final int SHOWN_HOST_LENGTH = 100;

    private final IntSupplier port;

    /** @param port the port the host listens on, once it listens (with {@code --port 0}, the one the system picked) */
    ThisHostOnly(IntSupplier port) {
        this.port = port;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String host = request.getHeaderString("Host");
        int listening = port.getAsInt();
        if (!isThisHost(host, listening)) {
            request.abortWith(Response.status(MISDIRECTED, "Misdirected Request")
                    .type(ErrorWords.PLAIN_TEXT)
                    .entity("This preview host answers only as localhost, 127.0.0.1 or [::1] on port " + listening
                            + ", and this request was addressed to " + shown(host)
                            + ". Open http://127.0.0.1:" + listening + "/ instead.\n")
                    .build());
        }
    }

    /** Whether a {@code Host} header names this host: a loopback name with this port (or none, on port 80). */
    static boolean isThisHost(@Nullable String host, int port) {
        if (host == null) {
            return false;
        }
        String authority = host.strip().toLowerCase(Locale.ROOT);
        for (String name : LOOPBACK_NAMES) {
            if (authority.equals(name + ":" + port) || (port == 80 && authority.equals(name))) {
                return true;
            }
        }
        return false;
    }

    /** The Host as sent, safe to say back in plain text: printable ASCII only, and not too long. */
    private static String shown(@Nullable String host) {
        if (host == null) {
            return "no host at all";
        }
        String printable = host.replaceAll("[^\\x21-\\x7e]", "?");
        boolean tooLong = printable.length() > SHOWN_HOST_LENGTH;
        return "‘" + (tooLong ? printable.substring(0, SHOWN_HOST_LENGTH) + "…" : printable) + "’";
    }
}
