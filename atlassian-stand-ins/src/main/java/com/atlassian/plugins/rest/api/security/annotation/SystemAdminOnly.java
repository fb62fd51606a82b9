package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stand-in for the Jira 11.3 type of the same name (compile-only, never packaged).
 *
 * <p>Source: atlassian-rest-v2-api; LicensedOnly and UnrestrictedAccess on resource methods in
 * alanmosely/basic-jira-development-panels PullRequestResource (Jira 11.3.10); the full set is
 * named on
 * developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints.
 * Meaning: system administrators only. Retention/targets: runtime, class or method (as used). See
 * atlassian-stand-ins/SOURCES.md.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface SystemAdminOnly {}
