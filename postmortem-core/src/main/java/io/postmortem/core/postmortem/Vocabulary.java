package io.postmortem.core.postmortem;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words teams use for priorities, severities and horizons, for values an admin has not mapped
 * explicitly: Jira's standard priority names (and the older Blocker..Trivial scheme), the usual
 * severity spellings ("SEV-1", "S2", "P3", "Critical"), and "short"/"long" in English or German.
 */
public final class Vocabulary {

  private static final Pattern NUMBERED_SEVERITY =
      Pattern.compile("^(?:SEVERITY|SEV|S|P)?([1-4])(?:\\D.*)?$");

  private Vocabulary() {}

  /**
   * The level of a priority by its name; Medium for an unknown name, so that an unknown priority
   * neither satisfies nor fails a Critical/High rule by accident of naming.
   */
  public static PriorityLevel priorityLevelOfName(String name) {
    String lower = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    return switch (lower) {
      case "highest", "blocker", "critical" -> PriorityLevel.CRITICAL;
      case "high", "major" -> PriorityLevel.HIGH;
      case "low", "lowest", "minor", "trivial" -> PriorityLevel.LOW;
      default -> PriorityLevel.MEDIUM;
    };
  }

  /**
   * The severity an incident's priority stands for when no severity field is used: teams without
   * one usually rank incidents by priority.
   */
  public static Severity severityOfPriority(PriorityLevel level) {
    return switch (level) {
      case CRITICAL -> Severity.SEV_1;
      case HIGH -> Severity.SEV_2;
      case MEDIUM -> Severity.SEV_3;
      case LOW -> Severity.SEV_4;
    };
  }

  /** A severity by its usual names; {@link Severity#NONE} for blank or unknown text. */
  public static Severity severityOfName(String text) {
    if (text == null || text.isBlank()) {
      return Severity.NONE;
    }
    String compact = text.trim().toUpperCase(Locale.ROOT).replaceAll("[\\s_\\-.:]", "");
    Matcher numbered = NUMBERED_SEVERITY.matcher(compact);
    if (numbered.matches()) {
      return Severity.values()[Integer.parseInt(numbered.group(1)) - 1];
    }
    return switch (compact) {
      case "CRITICAL", "BLOCKER", "HIGHEST" -> Severity.SEV_1;
      case "MAJOR", "HIGH" -> Severity.SEV_2;
      case "MEDIUM", "MODERATE", "MINOR" -> Severity.SEV_3;
      case "LOW", "LOWEST", "TRIVIAL" -> Severity.SEV_4;
      default -> Severity.NONE;
    };
  }

  /** The horizon named in a value ("Short-term", "Langfristig"); empty when it names neither. */
  public static Optional<Horizon> horizonOfName(String text) {
    String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
    if (lower.contains("short") || lower.contains("kurz")) {
      return Optional.of(Horizon.SHORT_TERM);
    }
    if (lower.contains("long") || lower.contains("lang")) {
      return Optional.of(Horizon.LONG_TERM);
    }
    return Optional.empty();
  }
}
