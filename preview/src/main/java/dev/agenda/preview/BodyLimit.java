package dev.agenda.preview;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Refuses (413) a request whose body is larger than the app ever needs: its REST resources take their input from the
 * path and query, so a big body is either a mistake or an attempt to tie up the host. A body of unknown length is
 * refused too. Thread-safe.
 */
final class BodyLimit implements ContainerRequestFilter {

    /** The largest body accepted. */
    static final int MAX_BYTES = 64 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        int length = request.getLength();
        boolean chunked = length < 0 && request.hasEntity();
        if (length > MAX_BYTES || chunked) {
            request.abortWith(Response.status(413)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity("{\"status\":413,\"message\":\"Request bodies are limited to " + MAX_BYTES
                            + " bytes; this app's requests carry their input in the address.\"}")
                    .build());
        }
    }
}
