package com.atlassian.sal.api.net;

/**
 * Stand-in (compile only): the response could not be had or read. A checked exception, as the throws clauses of
 * https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/net/Response.html and
 * https://docs.atlassian.com/atlassian-bamboo/10.2.0/com/atlassian/bamboo/applinks/ApplicationLinkRequestUtils.html
 * show.
 */
public class ResponseException extends Exception {

    public ResponseException(String message) {
        super(message);
    }
}
