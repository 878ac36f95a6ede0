package com.atlassian.sal.api.net;

/**
 * Stand-in (compile only), declaring only the members the plugin calls. Checked against
 * https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/net/Request.html
 * ({@code Request<T extends Request<?, ?>, RESP extends Response>}, nested MethodType, {@code T setHeader(String,
 * String)}) and, for {@code T setRequestBody(String requestBody, String contentType)}, applinks' own request wrappers
 * as published in the public code index (the 3.0.0 page's summary was cut off before it).
 */
public interface Request<T extends Request<?, ?>, RESP extends Response> {

    /** The HTTP methods; enum constants link by name. */
    enum MethodType {
        GET,
        POST,
        PUT,
        DELETE,
        HEAD,
        TRACE,
        OPTIONS
    }

    T setRequestBody(String requestBody, String contentType);

    T setHeader(String headerName, String headerValue);
}
