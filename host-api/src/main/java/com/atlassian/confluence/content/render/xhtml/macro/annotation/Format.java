package com.atlassian.confluence.content.render.xhtml.macro.annotation;

/**
 * Stand-in (compile only): the formats a macro body can be requested in, a top-level enum beside
 * {@link RequiresFormat} (see the page cited there). Only the constants seen in Atlassian's documentation and in
 * plugins are declared; enum constants link by name.
 */
public enum Format {
    Storage,
    View
}
