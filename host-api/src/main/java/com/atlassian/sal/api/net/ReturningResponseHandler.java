package com.atlassian.sal.api.net;

/**
 * Stand-in (compile only): {@code ReturningResponseHandler<T extends Response, R>} with {@code R handle(T response)
 * throws ResponseException}, the super-interface named on
 * https://docs.atlassian.com/applinks-api/3.2/com/atlassian/applinks/api/ApplicationLinkResponseHandler.html.
 */
public interface ReturningResponseHandler<T extends Response, R> {

    R handle(T response) throws ResponseException;
}
