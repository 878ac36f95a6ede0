package com.atlassian.confluence.content.render.xhtml;

/**
 * Stand-in (compile only). Checked against
 * https://docs.atlassian.com/atlassian-confluence/6.3.3/com/atlassian/confluence/content/render/xhtml/XhtmlException.html:
 * extends Exception.
 */
public class XhtmlException extends Exception {

    public XhtmlException(String message) {
        super(message);
    }
}
