package com.atlassian.confluence.labels;

import java.util.List;

/**
 * Stand-in (compile only), declaring only the members the plugin calls: getLabel(String) answers the label a
 * name (optionally namespaced, as {@code my:favourite}) parses to, or null when there is none;
 * getCurrentContentForLabel(Label) answers the current content carrying it (pages, blog posts, attachments...), typed
 * {@code List<? extends Labelable>}
 * or {@code List<? extends EditableLabelable>} by version, {@code List} once erased. See
 * https://docs.atlassian.com/ConfluenceServer/javadoc/7.4.7/com/atlassian/confluence/labels/LabelManager.html and
 * LabelManagerInternal (its subinterface) on the same 7.4.7 javadoc, which lists both among LabelManager's methods.
 */
public interface LabelManager {

    Label getLabel(String unparsedLabelName);

    List<?> getCurrentContentForLabel(Label label);
}
