package io.postmortem.core.creation;

import io.postmortem.core.checklist.SettingsError;
import io.postmortem.core.postmortem.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The stored form of {@link AutomaticPostmortems} and its one parser: the REST API and the project
 * settings page both submit a flat map, get back every error at once (a key plus arguments, never
 * text) and store nothing unless the whole submission is valid. The keys are persisted: never
 * rename them.
 */
public final class AutomaticPostmortemSettings {

  public static final String ENABLED = "enabled";
  public static final String MINIMUM_SEVERITY = "minimumSeverity";
  public static final String ASSIGNEE_RULE = "assigneeRule";
  public static final String FACILITATOR = "facilitator";
  public static final String POSTMORTEM_PROJECT = "postmortemProject";

  /** Every key, in the order forms show them. */
  public static final List<String> KEYS =
      List.of(ENABLED, MINIMUM_SEVERITY, ASSIGNEE_RULE, FACILITATOR, POSTMORTEM_PROJECT);

  /** Jira user names are at most 255 characters; project keys far fewer. */
  public static final int MAX_LENGTH = 255;

  /** The severities an admin may pick: NONE would mean "never", which "off" already says. */
  public static final List<Severity> SEVERITIES =
      List.of(Severity.SEV_1, Severity.SEV_2, Severity.SEV_3, Severity.SEV_4);

  static final String ERROR = "postmortem.auto.error.";
  private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,254}");

  private AutomaticPostmortemSettings() {}

  /** The outcome of a parse: the settings when {@code errors} is empty, else {@link #OFF}. */
  public record Parsed(AutomaticPostmortems settings, List<SettingsError> errors) {
    public Parsed {
      errors = List.copyOf(errors);
    }

    public boolean valid() {
      return errors.isEmpty();
    }
  }

  /** Parses a submission; a missing key takes its default, an unknown key is an error. */
  public static Parsed parse(Map<String, String> raw) {
    Map<String, String> values = raw == null ? Map.of() : raw;
    List<SettingsError> errors = new ArrayList<>();
    values.keySet().stream()
        .filter(key -> !KEYS.contains(key))
        .sorted()
        .forEach(key -> errors.add(error(key, "unknown", key)));
    boolean enabled = yesNo(values.get(ENABLED), errors);
    Severity severity = severity(values.get(MINIMUM_SEVERITY), errors);
    AssigneeRule rule = rule(values.get(ASSIGNEE_RULE), errors);
    String facilitator = text(FACILITATOR, values.get(FACILITATOR), errors);
    String project = text(POSTMORTEM_PROJECT, values.get(POSTMORTEM_PROJECT), errors);
    if (rule == AssigneeRule.FACILITATOR && facilitator.isEmpty()) {
      errors.add(error(FACILITATOR, "facilitator-required", ""));
    }
    String projectKey = project.toUpperCase(Locale.ROOT);
    if (!project.isEmpty() && !PROJECT_KEY.matcher(projectKey).matches()) {
      errors.add(error(POSTMORTEM_PROJECT, "project-key", project));
    }
    if (!errors.isEmpty()) {
      return new Parsed(AutomaticPostmortems.OFF, errors);
    }
    return new Parsed(
        new AutomaticPostmortems(enabled, severity, rule, facilitator, projectKey), errors);
  }

  /** The stored form; {@code parse(write(s))} gives {@code s} back. */
  public static Map<String, String> write(AutomaticPostmortems settings) {
    Map<String, String> map = new LinkedHashMap<>();
    map.put(ENABLED, Boolean.toString(settings.enabled()));
    map.put(MINIMUM_SEVERITY, settings.minimumSeverity().name());
    map.put(ASSIGNEE_RULE, settings.assigneeRule().name());
    map.put(FACILITATOR, settings.facilitator());
    map.put(POSTMORTEM_PROJECT, settings.postmortemProject());
    return map;
  }

  private static boolean yesNo(String value, List<SettingsError> errors) {
    String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    if (v.isEmpty() || v.equals("false")) {
      return false;
    }
    if (v.equals("true") || v.equals("on")) {
      return true;
    }
    errors.add(error(ENABLED, "not-a-boolean", value));
    return false;
  }

  private static Severity severity(String value, List<SettingsError> errors) {
    if (value == null || value.isBlank()) {
      return AutomaticPostmortems.OFF.minimumSeverity();
    }
    for (Severity severity : SEVERITIES) {
      if (severity.name().equalsIgnoreCase(value.trim())) {
        return severity;
      }
    }
    errors.add(error(MINIMUM_SEVERITY, "severity", value));
    return AutomaticPostmortems.OFF.minimumSeverity();
  }

  private static AssigneeRule rule(String value, List<SettingsError> errors) {
    if (value == null || value.isBlank()) {
      return AutomaticPostmortems.OFF.assigneeRule();
    }
    for (AssigneeRule rule : AssigneeRule.values()) {
      if (rule.name().equalsIgnoreCase(value.trim())) {
        return rule;
      }
    }
    errors.add(error(ASSIGNEE_RULE, "assignee-rule", value));
    return AutomaticPostmortems.OFF.assigneeRule();
  }

  private static String text(String key, String value, List<SettingsError> errors) {
    String trimmed = value == null ? "" : value.trim();
    if (trimmed.length() > MAX_LENGTH) {
      errors.add(error(key, "too-long", MAX_LENGTH));
      return "";
    }
    return trimmed;
  }

  private static SettingsError error(String key, String message, Object value) {
    return new SettingsError(key, ERROR + message, List.of(value));
  }
}
