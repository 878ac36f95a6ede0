package com.atlassian.confluence.xhtml.api;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.content.render.xhtml.XhtmlException;
import javax.xml.stream.XMLStreamException;

/**
 * Stand-in (compile only), declaring only the member the plugin calls: Confluence's own storage-to-view
 * conversion. Checked against
 * https://docs.atlassian.com/ConfluenceServer/javadoc/9.3.2/com/atlassian/confluence/xhtml/api/XhtmlContent.html.
 */
public interface XhtmlContent {

    String convertStorageToView(String storageFragment, ConversionContext context)
            throws XMLStreamException, XhtmlException;
}
