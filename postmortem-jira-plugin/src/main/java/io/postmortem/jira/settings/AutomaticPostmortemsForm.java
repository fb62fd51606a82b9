package io.postmortem.jira.settings;

import com.atlassian.jira.util.I18nHelper;
import io.postmortem.core.checklist.SettingsError;
import io.postmortem.core.creation.AssigneeRule;
import io.postmortem.core.creation.AutomaticPostmortemSettings;
import io.postmortem.core.postmortem.Severity;
import io.postmortem.jira.application.checklist.Choice;
import io.postmortem.jira.application.issue.AutomaticPostmortemsPolicy;
import io.postmortem.jira.storage.AutomaticPostmortemStore;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The automatic-postmortem section of the project settings page: reads what the admin submitted,
 * checks it with the same policy as {@code PUT projects/{key}/automatic-postmortems}, saves it and
 * turns saved or refused settings into the section's fields.
 */
@Named
public class AutomaticPostmortemsForm {

  static final String LABELS = ProjectSettingsFields.PREFIX + "automatic.";

  private final AutomaticPostmortemStore store;
  private final AutomaticPostmortemsPolicy policy;

  @Inject
  public AutomaticPostmortemsForm(
      AutomaticPostmortemStore store, AutomaticPostmortemsPolicy policy) {
    this.store = store;
    this.policy = policy;
  }

  /** The submitted section by setting key, as typed; an unchecked box is submitted as nothing. */
  static Map<String, String> read(Map<String, String[]> params) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String key : AutomaticPostmortemSettings.KEYS) {
      String[] values = params.get(AutomaticSection.PREFIX + key);
      fields.put(key, values == null || values.length == 0 || values[0] == null ? "" : values[0]);
    }
    return fields;
  }

  AutomaticPostmortemSettings.Parsed check(Map<String, String> fields) {
    return policy.check(fields);
  }

  void save(long projectId, AutomaticPostmortemSettings.Parsed valid) {
    store.save(projectId, valid.settings());
  }

  AutomaticSection saved(long projectId, I18nHelper i18n) {
    return view(AutomaticPostmortemSettings.write(store.settings(projectId)), List.of(), i18n);
  }

  /** The section holding {@code fields} (by setting key), each refusal next to its field. */
  AutomaticSection view(Map<String, String> fields, List<SettingsError> errors, I18nHelper i18n) {
    String severity = fields.getOrDefault(AutomaticPostmortemSettings.MINIMUM_SEVERITY, "");
    List<Choice> severities = new ArrayList<>();
    for (Severity option : AutomaticPostmortemSettings.SEVERITIES) {
      severities.add(
          new Choice(
              option.name(),
              i18n.getText("postmortem.severity." + option.name()),
              chosen(option.name(), severity, AutomaticPostmortemSettings.SEVERITIES.get(0))));
    }
    String rule = fields.getOrDefault(AutomaticPostmortemSettings.ASSIGNEE_RULE, "");
    List<Choice> rules = new ArrayList<>();
    for (AssigneeRule option : AssigneeRule.values()) {
      rules.add(
          new Choice(
              option.name(),
              i18n.getText(LABELS + "rule." + option.name()),
              chosen(option.name(), rule, AssigneeRule.values()[0])));
    }
    String enabled = fields.getOrDefault(AutomaticPostmortemSettings.ENABLED, "");
    return new AutomaticSection(
        enabled.trim().equalsIgnoreCase("true") || enabled.trim().equalsIgnoreCase("on"),
        severities,
        rules,
        fields.getOrDefault(AutomaticPostmortemSettings.FACILITATOR, ""),
        fields.getOrDefault(AutomaticPostmortemSettings.POSTMORTEM_PROJECT, ""),
        messages(errors, i18n));
  }

  /** An empty or unknown value shows the default as chosen; the refusal says what was wrong. */
  private static boolean chosen(String option, String value, Enum<?> fallback) {
    String current = value.isBlank() ? fallback.name() : value.trim().toUpperCase(Locale.ROOT);
    return option.equals(current);
  }

  private static Map<String, List<String>> messages(List<SettingsError> errors, I18nHelper i18n) {
    Map<String, List<String>> messages = new LinkedHashMap<>();
    for (SettingsError error : errors) {
      Object[] args = error.args().stream().map(String::valueOf).toArray(String[]::new);
      messages
          .computeIfAbsent(error.setting(), k -> new ArrayList<>())
          .add(i18n.getText(error.messageKey(), (Object) args));
    }
    return messages;
  }
}
