package io.postmortem.jira.settings;

import com.atlassian.jira.security.roles.ProjectRole;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortem.core.checklist.ChecklistEngine;
import io.postmortem.core.checklist.ChecklistRule;
import io.postmortem.core.checklist.RuleSeverity;
import io.postmortem.core.checklist.SettingsError;
import io.postmortem.core.checklist.StandardChecklist;
import io.postmortem.jira.application.checklist.Choice;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a project's settings, or what an admin just submitted, into the fields of the project
 * settings page with each refusal next to its field; and checks a submission the way the REST API
 * does, so both refuse the same nonsense.
 */
@Named
public final class ProjectSettingsForm {

  static final String KEY_UNKNOWN_ROLE = "postmortem.rest.error.unknown-role";

  private final ProjectRoleManager roles;
  private final ChecklistEngine engine;

  @Inject
  public ProjectSettingsForm(@ComponentImport ProjectRoleManager roles) {
    this(roles, StandardChecklist.engine());
  }

  ProjectSettingsForm(ProjectRoleManager roles, ChecklistEngine engine) {
    this.roles = roles;
    this.engine = engine;
  }

  SettingsSubmission read(Map<String, String[]> params) {
    List<String> severities =
        engine.rules().stream().map(r -> r.descriptor().severityKey()).toList();
    return SettingsSubmission.read(params, severities);
  }

  /** Every refusal of the submission, the unknown role included; empty when it may be saved. */
  List<SettingsError> errors(SettingsSubmission submission) {
    List<SettingsError> errors = new ArrayList<>(submission.parse().errors());
    String role = submission.role();
    if (!role.isEmpty() && roles.getProjectRole(role) == null) {
      errors.add(new SettingsError(ProjectSettingsFields.ROLE, KEY_UNKNOWN_ROLE, List.of(role)));
    }
    return errors;
  }

  /**
   * The page's fields holding {@code fields} (by form name; a missing name shows empty, which means
   * the default).
   */
  ProjectSettingsPage view(
      Map<String, String> fields, List<SettingsError> errors, boolean saved, I18nHelper i18n) {
    Map<String, List<String>> messages = messagesByField(errors, i18n);
    String role = fields.getOrDefault(ProjectSettingsFields.ROLE, "");
    return new ProjectSettingsPage(
        ruleSettings(fields, messages, i18n),
        groups(fields, messages, i18n),
        more(fields, messages, i18n),
        roleChoices(role, i18n),
        messages.getOrDefault(ProjectSettingsFields.ROLE, List.of()),
        errors.size(),
        saved);
  }

  /** Each rule's severity select, its current value chosen. */
  private List<RuleSetting> ruleSettings(
      Map<String, String> fields, Map<String, List<String>> messages, I18nHelper i18n) {
    List<RuleSetting> rules = new ArrayList<>();
    for (ChecklistRule rule : engine.rules()) {
      String name = rule.descriptor().severityKey();
      RuleSeverity current = severity(fields.get(name), rule.defaultSeverity());
      List<Choice> options = new ArrayList<>();
      for (RuleSeverity severity : RuleSeverity.values()) {
        options.add(
            new Choice(
                severity.name(),
                i18n.getText(ProjectSettingsFields.PREFIX + "severity." + severity.name()),
                severity == current));
      }
      rules.add(
          new RuleSetting(
              name,
              ProjectSettingsFields.htmlId(name),
              i18n.getText(rule.descriptor().nameKey()),
              options,
              messages.getOrDefault(name, List.of())));
    }
    return rules;
  }

  private static List<SettingsGroup> groups(
      Map<String, String> fields, Map<String, List<String>> messages, I18nHelper i18n) {
    List<SettingsGroup> groups = new ArrayList<>();
    for (ProjectSettingsFields.Group group : ProjectSettingsFields.GROUPS) {
      List<SettingInput> inputs = new ArrayList<>();
      for (SettingSpec spec : group.specs()) {
        inputs.add(input(spec, fields.getOrDefault(spec.key(), ""), messages, i18n));
      }
      groups.add(new SettingsGroup(i18n.getText(group.legendKey()), inputs));
    }
    return groups;
  }

  /** The free "key = value" lines for settings without a field of their own. */
  private static SettingInput more(
      Map<String, String> fields, Map<String, List<String>> messages, I18nHelper i18n) {
    return new SettingInput(
        ProjectSettingsFields.MORE,
        ProjectSettingsFields.htmlId(ProjectSettingsFields.MORE),
        i18n.getText(ProjectSettingsFields.PREFIX + "field.more"),
        fields.getOrDefault(ProjectSettingsFields.MORE, ""),
        i18n.getText(ProjectSettingsFields.PREFIX + "field.more.help"),
        5,
        messages.getOrDefault(ProjectSettingsFields.MORE, List.of()),
        List.of());
  }

  /** The page's fields for saved settings in canonical flat form and the saved role. */
  static Map<String, String> fieldsOf(Map<String, String> flat, String role) {
    Map<String, String> fields = new LinkedHashMap<>(flat);
    fields.put(ProjectSettingsFields.MORE, ProjectSettingsFields.moreLines(flat));
    fields.put(ProjectSettingsFields.ROLE, role);
    return fields;
  }

  private List<Choice> roleChoices(String current, I18nHelper i18n) {
    List<Choice> choices = new ArrayList<>();
    choices.add(
        new Choice(
            "",
            i18n.getText(ProjectSettingsFields.PREFIX + "role.administrators"),
            current.isEmpty()));
    roles.getProjectRoles().stream()
        .sorted(Comparator.comparing(ProjectRole::getName, String.CASE_INSENSITIVE_ORDER))
        .forEach(
            r -> choices.add(new Choice(r.getName(), r.getName(), r.getName().equals(current))));
    return choices;
  }

  private static SettingInput input(
      SettingSpec spec, String value, Map<String, List<String>> messages, I18nHelper i18n) {
    String label =
        spec.labelArg().isEmpty()
            ? i18n.getText(spec.labelKey())
            : i18n.getText(spec.labelKey(), spec.labelArg());
    String id = ProjectSettingsFields.htmlId(spec.key());
    List<Choice> choices = new ArrayList<>();
    if (!spec.options().isEmpty()) {
      Set<String> checked = checked(spec, value);
      for (String option : spec.options()) {
        choices.add(
            new Choice(
                option,
                i18n.getText(spec.optionLabelPrefix() + option),
                checked.contains(option.toUpperCase(Locale.ROOT))));
      }
    }
    return new SettingInput(
        spec.key(),
        id,
        label,
        value,
        spec.helpKey().isEmpty() ? "" : i18n.getText(spec.helpKey()),
        spec.rows(),
        messages.getOrDefault(spec.key(), List.of()),
        choices);
  }

  /** The checked entries of a list setting; none submitted or saved means its default. */
  private static Set<String> checked(SettingSpec spec, String value) {
    List<String> entries =
        value.isBlank() ? spec.defaultOptions() : Arrays.asList(value.trim().split("[,;\s]+"));
    Set<String> checked = new HashSet<>();
    entries.forEach(entry -> checked.add(entry.toUpperCase(Locale.ROOT)));
    return checked;
  }

  /** Errors of settings without a field of their own belong to the free-text field. */
  private Map<String, List<String>> messagesByField(List<SettingsError> errors, I18nHelper i18n) {
    Map<String, List<String>> messages = new LinkedHashMap<>();
    for (SettingsError error : errors) {
      String text =
          error.args().isEmpty()
              ? i18n.getText(error.messageKey())
              : i18n.getText(
                  error.messageKey(),
                  (Object) error.args().stream().map(String::valueOf).toArray(String[]::new));
      if (hasOwnField(error.setting())) {
        messages.computeIfAbsent(error.setting(), k -> new ArrayList<>()).add(text);
      } else {
        messages
            .computeIfAbsent(ProjectSettingsFields.MORE, k -> new ArrayList<>())
            .add(error.setting() + ": " + text);
      }
    }
    return messages;
  }

  private boolean hasOwnField(String setting) {
    return ProjectSettingsFields.KEYS.contains(setting)
        || ProjectSettingsFields.ROLE.equals(setting)
        || ProjectSettingsFields.MORE.equals(setting)
        || engine.rules().stream().anyMatch(r -> setting.equals(r.descriptor().severityKey()));
  }

  private static RuleSeverity severity(String value, RuleSeverity fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    for (RuleSeverity severity : RuleSeverity.values()) {
      if (severity.name().equalsIgnoreCase(value.trim())) {
        return severity;
      }
    }
    return fallback;
  }
}
