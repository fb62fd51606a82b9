package com.atlassian.plugin.spring.scanner.annotation.export;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stand-in for the Jira 11.3 type of the same name (compile-only, never packaged).
 *
 * <p>Source: decompiled atlassian-spring-scanner-annotation (CFR);
 * {@code @ExportAsService(PluginUpgradeTask.class)} in codescape/jira-scrum-poker (11.3).
 * properties() is left out (needs ServiceProperty). See atlassian-stand-ins/SOURCES.md.
 */
@Target({ElementType.TYPE, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ExportAsService {
  Class<?>[] value() default {};
}
