package com.atlassian.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import java.util.Map;

/**
 * Stand-in for Confluence's XHTML macro interface (compile only; Confluence supplies the real one).
 * Checked against https://docs.atlassian.com/ConfluenceServer/javadoc/9.3.2/com/atlassian/confluence/macro/Macro.html
 * and the 9.0.2 page: three abstract methods, nested enums BodyType {PLAIN_TEXT, RICH_TEXT, NONE} and
 * OutputType {INLINE, BLOCK}; unchanged since 4.0.
 */
public interface Macro {

    String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException;

    BodyType getBodyType();

    OutputType getOutputType();

    /** See https://docs.atlassian.com/ConfluenceServer/javadoc/7.19.14/com/atlassian/confluence/macro/Macro.BodyType.html */
    enum BodyType {
        PLAIN_TEXT,
        RICH_TEXT,
        NONE
    }

    /** See https://docs.atlassian.com/ConfluenceServer/javadoc/7.16.0/com/atlassian/confluence/macro/Macro.OutputType.html */
    enum OutputType {
        INLINE,
        BLOCK
    }
}
