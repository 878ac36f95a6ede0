package com.atlassian.webresource.api.assembler;

/** Stand-in (compile only); see {@link PageBuilderService} for the source checked. Fluent: returns itself. */
public interface RequiredResources {

    RequiredResources requireWebResource(String moduleCompleteKey);
}
