package dev.agenda.preview;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Refuses (413) a request whose body is larger than the app ever needs: its REST resources take their input from the
 * path and query, so a big body is either a mistake or an attempt to tie up the host. A body of unknown length is
 * refused too. So is a request with a body that asks to switch protocols ({@code Upgrade: h2c}, which the JDK's HTTP
 * client sends by default): Grizzly never hands such a body over, and reading it would hold a thread until the read
 * times out (eclipse-ee4j/glassfish-grizzly#1972). Thread-safe.
 */
final class BodyLimit implements ContainerRequestFilter {

    /** The largest body accepted. */
    static final int MAX_BYTES = 64 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        int length = request.getLength();
        boolean body = length > 0 || request.getHeaderString("Transfer-Encoding") != null;
        if (body && request.getHeaderString("Upgrade") != null) {
            request.abortWith(Response.status(400).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity("{\"status\":400,\"message\":\"This host speaks HTTP/1.1 only: send a request with a "
                            + "body without an Upgrade header.\"}").build());
            return;
        }
        boolean chunked = length < 0 && request.hasEntity();
        if (length > MAX_BYTES || chunked) {
            request.abortWith(Response.status(413).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity("{\"status\":413,\"message\":\"Request bodies are limited to " + MAX_BYTES
                            + " bytes; this app's requests carry their input in the address.\"}").build());
        }
    }
}
