package com.atlassian.applinks.api;

import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;

/**
 * Stand-in (compile only). {@code ApplicationLinkRequest extends Request<ApplicationLinkRequest, Response>} with
 * {@code <R> R execute(ApplicationLinkResponseHandler<R>) throws ResponseException}, as in the applinks-api source
 * (seen in the public code index) and listed at
 * https://docs.atlassian.com/applinks-api/3.2/com/atlassian/applinks/api/package-summary.html. The generic shape is
 * copied so that calls compile to the same erased descriptors.
 */
public interface ApplicationLinkRequest extends Request<ApplicationLinkRequest, Response> {

    <R> R execute(ApplicationLinkResponseHandler<R> responseHandler) throws ResponseException;
}
