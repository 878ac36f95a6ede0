package com.atlassian.webresource.api.assembler;

/** Stand-in (compile only); see {@link PageBuilderService} for the source checked. */
public interface WebResourceAssembler {

    RequiredResources resources();
}
