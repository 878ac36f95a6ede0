package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stand-in (compile only) for REST v2's access annotation: the resource admits anonymous users where the site allows
 * anonymous access, and every user the stricter levels admit. Described at
 * https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints/ ; the
 * package is the one Atlassian's own REST v2 resources import (atlassian-slack-integration-server,
 * SlackSettingsRedirectResource). Read by the REST framework at runtime, on a class or a method; retention and
 * targets inferred from that use (no javadoc page of atlassian-rest-v2-api is public). See docs/ATLASSIAN-API.md.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AnonymousSiteAccess {}
