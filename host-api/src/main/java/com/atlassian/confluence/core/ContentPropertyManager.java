package com.atlassian.confluence.core;

/**
 * Stand-in (compile only), declaring only the members the plugin calls. Present in Confluence 10
 * (https://docs.atlassian.com/ConfluenceServer/javadoc/10.1.2/com/atlassian/confluence/core/class-use/ContentPropertyManager.html);
 * methods checked against https://docs.atlassian.com/atlassian-confluence/5.4.2/com/atlassian/confluence/core/ContentPropertyManager.html
 * and Confluence's recent source (decompiled, public code index): {@code String getTextProperty(ContentEntityObject,
 * String)} (null when unset) and {@code void setTextProperty(ContentEntityObject, String, String)}. The text variant is
 * used on purpose: "String properties can not be longer than 255 characters", and the current implementation of
 * setStringProperty silently cuts values to 255 characters.
 */
public interface ContentPropertyManager {

    String getTextProperty(ContentEntityObject entity, String key);

    void setTextProperty(ContentEntityObject entity, String key, String value);
}
