package com.atlassian.annotations.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stand-in (compile only): lets a REST v2 resource be called by anonymous users where the site allows anonymous
 * access (without it, Confluence 9+ admits licensed users only). Described at
 * https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints/ ; the
 * package is the one Atlassian's own REST v2 resources import. Read at runtime, hence RUNTIME retention. If the
 * package were wrong the annotation would be ignored and the default (licensed users only) would apply: the
 * failure is closed, not open.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AnonymousSiteAccess {
}
