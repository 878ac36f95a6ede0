package dev.agenda.preview;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answer to whatever a resource throws that nothing turned into an answer of its own. The failure goes to the log
 * of whoever started the host, with its stack trace; the person gets 500 and one sentence ({@link ErrorWords}), never
 * the trace, which names files, classes and the server (Grizzly's own error page even names its version). Jersey's
 * refusals (404, 405, 415 …) keep their status and answer. The REST resources answer in their JSON shape,
 * {@code {"status": 500, "message": "…"}}, which the page script shows; the pages in plain text. Thread-safe.
 */
final class UnmappedErrors implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(UnmappedErrors.class);
    private static final int FAILED = 500;

    private final boolean json;

    private UnmappedErrors(boolean json) {
        this.json = json;
    }

    /** For the REST resources. */
    static UnmappedErrors asJson() {
        return new UnmappedErrors(true);
    }

    /** For the pages. */
    static UnmappedErrors asText() {
        return new UnmappedErrors(false);
    }

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof WebApplicationException refusal) {
            return refusal.getResponse();
        }
        LOG.error("The preview host failed to answer a request", failure);
        String words = ErrorWords.of(FAILED);
        return json
                ? Response.status(FAILED)
                        .type(MediaType.APPLICATION_JSON_TYPE)
                        // The words hold no character JSON would need escaped.
                        .entity("{\"status\":" + FAILED + ",\"message\":\"" + words + "\"}")
                        .build()
                : Response.status(FAILED)
                        .type(ErrorWords.PLAIN_TEXT)
                        .entity(words + "\n")
                        .build();
    }
}
