package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stand-in (compile only) for REST v2's access annotation: the resource admits licensed users only — REST v2's
 * default for a resource without an access annotation, stated explicitly. Described at
 * https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints/ ; package
 * as Atlassian's own REST v2 code imports it. Retention and targets inferred from that use. See
 * docs/ATLASSIAN-API.md.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface LicensedOnly {}
