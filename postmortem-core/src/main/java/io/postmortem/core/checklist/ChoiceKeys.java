package io.postmortem.core.checklist;

import java.util.Locale;

/**
 * The kebab-case name of an enum type in its values' message keys ({@code PriorityLevel} → {@code
 * priority-level}), worked out once per type: a checklist of 10,000 items makes tens of thousands
 * of {@link Argument#choice} arguments, and a regular expression for each was a visible part of the
 * worst case's cost (issue 9).
 */
final class ChoiceKeys {

  private static final ClassValue<String> NAMES =
      new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
          return type.getSimpleName()
              .replaceAll("([a-z0-9])([A-Z])", "$1-$2")
              .toLowerCase(Locale.ROOT);
        }
      };

  private ChoiceKeys() {}

  static String of(Class<?> enumType) {
    return NAMES.get(enumType);
  }
}
