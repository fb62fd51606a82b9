package io.postmortem.core.checklist;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing that is wrong, as keys and arguments: the plugin turns it into text in the user's
 * language. Its arguments are typed ({@link Argument}): the plugin's formatter writes each for the
 * reader (date format, time zone, display name, the enum value's own key).
 *
 * @param ruleId the stable kebab-case rule id
 * @param severity whether it blocks or warns
 * @param messageKey i18n key, starting with {@code postmortem.}
 * @param args message arguments, in the order the message's {@code {n}} placeholders use them
 * @param subject what the violation is about
 */
public record Violation(
    String ruleId, RuleSeverity severity, String messageKey, List<Argument> args, Subject subject) {
  public Violation {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(messageKey, "messageKey");
    Objects.requireNonNull(subject, "subject");
    args = List.copyOf(args == null ? List.of() : args);
  }

  /**
   * The first argument of {@code type}, e.g. the {@link Argument.Finding} of a language finding.
   */
  public <T extends Argument> Optional<T> first(Class<T> type) {
    return args.stream().filter(type::isInstance).map(type::cast).findFirst();
  }

  public boolean blocks() {
    return severity == RuleSeverity.BLOCK;
  }
}
