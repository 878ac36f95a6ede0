package com.atlassian.confluence.content.render.xhtml;

import com.atlassian.confluence.core.ContentEntityObject;

/**
 * Stand-in (compile only), declaring only the members the plugin calls; calls link by name and descriptor, so
 * leaving out others is binary-safe. Checked against
 * https://docs.atlassian.com/atlassian-confluence/5.7.6/com/atlassian/confluence/content/render/xhtml/ConversionContext.html
 * (full method table) and the 10.0.3 class-use pages
 * (https://docs.atlassian.com/ConfluenceServer/javadoc/10.0.3/com/atlassian/confluence/renderer/class-use/PageContext.html):
 * an interface; getEntity() returns ContentEntityObject (nullable), getOutputType() and getOutputDeviceType()
 * return String.
 */
public interface ConversionContext {

    ContentEntityObject getEntity();

    String getOutputType();

    String getOutputDeviceType();

    Object getProperty(String name);
}
