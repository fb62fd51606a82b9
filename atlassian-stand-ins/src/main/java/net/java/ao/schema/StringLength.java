package net.java.ao.schema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stand-in for Atlassian Active Objects' {@code @StringLength} (not in the 0.8.2 ancestor). Source:
 * codescape/jira-scrum-poker ScrumPokerError uses {@code @StringLength(StringLength.UNLIMITED)}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface StringLength {
  int UNLIMITED = -1;
  int MAX_LENGTH = 450;

  int value();
}
