package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compile-only stand-in: REST v2 access rule — anonymous users when the site allows anonymous access, plus unlicensed and licensed users as the site allows.
 * <p>
 * Mirrors: atlassian-rest-v2-api (Platform 8). Name and package: the six access annotations listed at
 * https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints and imported
 * from this package by Atlassian's P8 code (repo atlassian-labs/atlassian-slack-integration-server, jakarta REST
 * resources). Meta-annotations stay UNCONFIRMED (the docs and code corpora hold no copy of the v2 class; see
 * docs/atlassian-signatures.md §6.1): RUNTIME and {TYPE, METHOD, PACKAGE} are taken from the REST v1 twin
 * {@code com.atlassian.plugins.rest.common.security.UnrestrictedAccess}. That is the safest shape: the REST module
 * reads it reflectively (so RUNTIME), and we only put it on classes and methods, which every candidate target allows.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.PACKAGE})
public @interface AnonymousSiteAccess {
}
