package com.atlassian.webresource.api.assembler;

/**
 * Stand-in (compile only): requires web resources for the page being rendered (thread-local to the request).
 * The package and types are referenced from Confluence's javadoc, e.g.
 * https://docs.atlassian.com/ConfluenceServer/javadoc/7.19.14/com/atlassian/confluence/setup/velocity/VelocityFriendlyPageBuilderService.html.
 */
public interface PageBuilderService {

    WebResourceAssembler assembler();
}
