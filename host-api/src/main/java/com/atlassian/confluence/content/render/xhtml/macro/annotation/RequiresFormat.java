package com.atlassian.confluence.content.render.xhtml.macro.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stand-in (compile only). Put on a macro's execute method to receive the rich-text body in storage format
 * instead of rendered view HTML. Documented at
 * https://developer.atlassian.com/server/confluence/how-do-i-configure-my-rich-text-macro-to-receive-unformatted-input
 * ("By default, the body of a Rich Text macro is automatically rendered … Add the RequiresFormat annotation to
 * your execute method and set the value to Storage"). Confluence reads it by reflection on the macro class's
 * execute method, so retention is RUNTIME. The value type is the top-level enum {@link Format}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RequiresFormat {

    Format value();
}
