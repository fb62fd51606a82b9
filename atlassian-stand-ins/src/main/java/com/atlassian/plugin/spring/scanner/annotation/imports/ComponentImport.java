package com.atlassian.plugin.spring.scanner.annotation.imports;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stand-in for Spring Scanner's {@code @ComponentImport}: marks a constructor parameter or field as
 * an OSGi service imported from Jira. Source: decompiled atlassian-spring-scanner-annotation
 * (Target PARAMETER, ANNOTATION_TYPE, FIELD; Retention RUNTIME; {@code String value() default ""}).
 */
@Target({ElementType.PARAMETER, ElementType.ANNOTATION_TYPE, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ComponentImport {
  String value() default "";
}
