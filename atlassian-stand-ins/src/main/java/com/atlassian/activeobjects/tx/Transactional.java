package com.atlassian.activeobjects.tx;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stand-in for the Jira 11.3 type of the same name (compile-only, never packaged).
 *
 * <p>Source: Atlassian AO plugin source of com.atlassian.activeobjects.tx.Transactional (processed
 * by TransactionalAnnotationProcessor on interfaces of Spring beans); used by
 * codescape/jira-scrum-poker. See atlassian-stand-ins/SOURCES.md.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Transactional {}
