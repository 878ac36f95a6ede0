package com.atlassian.sal.api.net;

import java.util.Map;

/**
 * Stand-in (compile only), declaring only the members the plugin calls. Checked against
 * https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/net/Response.html:
 * {@code int getStatusCode()}, {@code String getResponseBodyAsString() throws ResponseException},
 * {@code Map<String, String> getHeaders()} (one value per header name).
 */
public interface Response {

    int getStatusCode();

    String getResponseBodyAsString() throws ResponseException;

    Map<String, String> getHeaders();
}
