package dev.agenda.preview;

import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * Where a browser on this machine reaches the preview host: {@code http://localhost:PORT/}. The port is known only once
 * the server listens (with {@code --port 0} the system picks it), so the host says it then; pages are addressed
 * through this, never by a guess, so the link back from each Jira issue reaches this host and no other. Thread-safe.
 */
final class SiteAddress {

    private volatile @Nullable URI base;

    /** The server listens on {@code port}; from now on addresses are on it. */
    void listeningOn(int port) {
        base = URI.create("http://localhost:" + port + "/");
    }

    /**
     * The absolute address of {@code path} (which starts with {@code /}) on this host.
     *
     * @throws IllegalStateException before the server listens, when no page can have been asked for
     */
    String of(String path) {
        URI known = base;
        if (known == null) {
            throw new IllegalStateException("the preview host is not listening yet, so " + path + " has no address");
        }
        return known.resolve(path.substring(1)).toString();
    }
}
