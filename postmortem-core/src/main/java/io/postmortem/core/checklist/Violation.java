package io.postmortem.core.checklist;

import java.util.List;
import java.util.Objects;

/**
 * One thing that is wrong, as keys and arguments: the plugin turns it into text in the user's
 * language. Arguments are Strings, Integers, Longs or {@link java.time.LocalDate}s.
 *
 * @param ruleId the stable kebab-case rule id
 * @param severity whether it blocks or warns
 * @param messageKey i18n key, starting with {@code postmortem.}
 * @param args message arguments
 * @param subject what the violation is about
 */
public record Violation(
    String ruleId, RuleSeverity severity, String messageKey, List<Object> args, Subject subject) {
  public Violation {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(messageKey, "messageKey");
    Objects.requireNonNull(subject, "subject");
    args = List.copyOf(args == null ? List.of() : args);
  }

  public boolean blocks() {
    return severity == RuleSeverity.BLOCK;
  }
}
