package io.postmortem.core.checklist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The admin's checklist configuration as one value that validates itself. It round-trips through a
 * flat {@code Map<String, String>} because that is what a workflow descriptor stores.
 *
 * <p>Keys: {@code severity.<rule-id>} = BLOCK | WARN | OFF; further keys per rule (see the rule
 * pages in docs/rules).
 */
public final class ChecklistSettings {

  public static final String SEVERITY_PREFIX = "severity.";

  private final Map<String, RuleSeverity> severities;

  private ChecklistSettings(Map<String, RuleSeverity> severities) {
    this.severities = Map.copyOf(severities);
  }

  /** Settings with every rule at its default severity and every threshold at its default. */
  public static ChecklistSettings defaults() {
    return new ChecklistSettings(Map.of());
  }

  /**
   * Parses stored or submitted settings. Nonsense values become errors naming the setting, and the
   * default takes their place; unknown keys are ignored so that settings written by a newer version
   * do not break an older one.
   */
  public static ParsedSettings parse(Map<String, String> raw) {
    Map<String, RuleSeverity> severities = new LinkedHashMap<>();
    List<SettingsError> errors = new ArrayList<>();
    if (raw != null) {
      raw.forEach(
          (key, value) -> {
            if (key != null && key.startsWith(SEVERITY_PREFIX)) {
              try {
                severities.put(
                    key.substring(SEVERITY_PREFIX.length()),
                    RuleSeverity.valueOf(String.valueOf(value).trim().toUpperCase(Locale.ROOT)));
              } catch (IllegalArgumentException e) {
                errors.add(
                    new SettingsError(
                        key, "postmortem.settings.error.severity", List.of(String.valueOf(value))));
              }
            }
          });
    }
    return new ParsedSettings(new ChecklistSettings(severities), errors);
  }

  /** The flat form, for storing; {@code parse(toMap())} gives equal settings. */
  public Map<String, String> toMap() {
    Map<String, String> map = new LinkedHashMap<>();
    severities.forEach((rule, severity) -> map.put(SEVERITY_PREFIX + rule, severity.name()));
    return map;
  }

  /** The severity the admin chose for a rule, or {@code fallback} when they chose none. */
  public RuleSeverity severityOf(String ruleId, RuleSeverity fallback) {
    return severities.getOrDefault(ruleId, fallback);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ChecklistSettings other && severities.equals(other.severities);
  }

  @Override
  public int hashCode() {
    return severities.hashCode();
  }
}
