package com.atlassian.applinks.api;

import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;
import com.atlassian.sal.api.net.ReturningResponseHandler;

/**
 * Stand-in (compile only). Checked against
 * https://docs.atlassian.com/applinks-api/3.2/com/atlassian/applinks/api/ApplicationLinkResponseHandler.html:
 * extends {@code ReturningResponseHandler<Response, R>}; {@code R credentialsRequired(Response response) throws
 * ResponseException}, called instead of {@code handle} when the remote side asks the user to authorise first.
 */
public interface ApplicationLinkResponseHandler<R> extends ReturningResponseHandler<Response, R> {

    R credentialsRequired(Response response) throws ResponseException;
}
