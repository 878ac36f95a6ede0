package com.atlassian.confluence.labels;

/**
 * Stand-in (compile only): a label, which the plugin only passes from LabelManager.getLabel(String) back to
 * LabelManager.getCurrentContentForLabel(Label); the plugin never makes one nor reads it. See
 * https://docs.atlassian.com/ConfluenceServer/javadoc/9.5.2/com/atlassian/confluence/labels/class-use/Label.html.
 */
public class Label {

    /** Confluence makes its labels; tests mock them. */
    Label() {}
}
