package dev.agenda.preview;

import dev.agenda.core.render.HtmlWriter;

/**
 * What an error answer of the preview host says when whatever refused the request said nothing: one plain sentence
 * per status, for people, naming neither the server nor its version nor anything of how it failed inside.
 */
final class ErrorWords {

    /** The type of every answer written in these words. */
    static final String PLAIN_TEXT = "text/plain; charset=utf-8";

    private ErrorWords() {}

    /** A whole HTML page saying the sentence, for where Grizzly writes an error page of its own. */
    static String page(int status) {
        return "<!DOCTYPE html>\n"
                + new HtmlWriter()
                        .open("html", "lang", "en")
                        .element("title", "Error " + status + " — agenda preview")
                        .element("p", of(status))
                        .close("html")
                        .toSafeHtml();
    }

    /** The sentence for an error status (400 and above). */
    static String of(int status) {
        return switch (status) {
            case 400 -> "The preview host could not read this request.";
            case 401 -> "Sign in to the preview host first.";
            case 403 -> "This request is not allowed here.";
            case 404 -> "There is nothing at this address of the preview host.";
            case 405 -> "This address of the preview host does not take that kind of request.";
            case 406 -> "The preview host cannot answer this address in any form the request accepts.";
            case 411 -> "A request with a body must say how long the body is.";
            case 413 -> "The request's body is larger than the preview host accepts.";
            case 414 -> "The address is longer than the preview host accepts.";
            case 415 -> "The preview host does not take a body of this type at this address.";
            case ThisHostOnly.MISDIRECTED -> "This request was addressed to another host.";
            case 431 -> "The request's headers are larger than the preview host accepts; too many cookies, perhaps.";
            case 500 ->
                "The preview host failed to answer this request; what went wrong is in the log of whoever "
                        + "started it.";
            case 503 -> "The preview host cannot answer just now; try again in a moment.";
            case 505 -> "The preview host speaks HTTP/1.1 and HTTP/1.0 only.";
            default ->
                status >= 500
                        ? "The preview host failed to answer this request (HTTP " + status + ")."
                        : "The preview host refused this request (HTTP " + status + ").";
        };
    }
}
