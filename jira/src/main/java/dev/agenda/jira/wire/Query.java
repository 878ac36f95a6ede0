package dev.agenda.jira.wire;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Encodes values for URL query strings and path segments of Jira requests. */
public final class Query {

    private Query() {}

    /** A query-string value: spaces as %20 rather than +, which Jira's path matching does not mind either way. */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A path segment such as an issue key or property key. */
    public static String segment(String value) {
        return encode(value);
    }
}
