package net.java.ao.schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stand-in for the Jira 11.3 type of the same name (compile-only, never packaged).
 *
 * <p>Source: Atlassian AO source of net.java.ao.schema.StringLength (missing from the Central
 * ancestor 0.8.2); used as {@code @StringLength(StringLength.UNLIMITED)} by
 * codescape/jira-scrum-poker (AO 7). MAX_LENGTH is left out: its value differs between AO versions
 * in the evidence found. See atlassian-stand-ins/SOURCES.md.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface StringLength {
  int UNLIMITED = -1;

  int value();
}
