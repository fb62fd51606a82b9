package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stand-in for the REST v2 access annotation {@code LicensedOnly} (atlassian-rest-v2-api 9.x).
 * Source: alanmosely/basic-jira-development-panels PullRequestResource (11.3) and codeclou/deftdevs
 * REST resources import it from this package.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface LicensedOnly {}
