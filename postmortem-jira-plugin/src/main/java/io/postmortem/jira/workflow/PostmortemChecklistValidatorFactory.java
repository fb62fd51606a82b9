package io.postmortem.jira.workflow;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortem.core.checklist.ChecklistEngine;
import io.postmortem.core.checklist.ChecklistRule;
import io.postmortem.core.checklist.ChecklistSettings;
import io.postmortem.core.checklist.ParsedSettings;
import io.postmortem.core.checklist.RuleSeverity;
import io.postmortem.core.checklist.StandardChecklist;
import io.postmortem.jira.application.checklist.Choice;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workflow editor's side of {@link PostmortemChecklistValidator}: per rule BLOCK / WARN / OFF,
 * the common thresholds as fields, any other setting as {@code key = value} lines, and a view that
 * says the configuration in plain words.
 *
 * <p>This class name is stored in the XML of every workflow that uses the validator: never rename
 * or move it.
 */
public class PostmortemChecklistValidatorFactory extends ValidatorFactoryBase {

  /** The free-text field for settings without their own field (due-date limits, calendar, ...). */
  static final String MORE_SETTINGS = "checklist.moreSettings";

  /** Thresholds with a field of their own; the keys are the core's checklist setting keys. */
  static final List<String> THRESHOLDS =
      List.of(
          ChecklistSettings.MIN_ITEMS,
          ChecklistSettings.MAX_ITEMS,
          ChecklistSettings.MIN_SHORT_TERM,
          ChecklistSettings.MIN_LONG_TERM,
          ChecklistSettings.REVIEW_BUSINESS_DAYS,
          ChecklistSettings.REVIEW_SEV1_CALENDAR_DAYS,
          ChecklistSettings.MIN_TIMELINE_EVENTS,
          ChecklistSettings.REPORT_OVERDUE);

  private static final Logger LOG =
      LoggerFactory.getLogger(PostmortemChecklistValidatorFactory.class);

  private final JiraAuthenticationContext authenticationContext;
  private final ChecklistEngine engine;

  @Inject
  public PostmortemChecklistValidatorFactory(
      @ComponentImport JiraAuthenticationContext authenticationContext) {
    this(authenticationContext, StandardChecklist.engine());
  }

  PostmortemChecklistValidatorFactory(
      JiraAuthenticationContext authenticationContext, ChecklistEngine engine) {
    this.authenticationContext = authenticationContext;
    this.engine = engine;
  }

  @Override
  void putFormParams(Map<String, Object> params, Map<String, String> stored) {
    I18nHelper i18n = authenticationContext.getI18nHelper();
    params.put("settingsSourceField", ChecklistArgs.SOURCE);
    ParsedSettings parsed = ChecklistArgs.parseStored(stored);
    params.put("useProjectSettings", ChecklistArgs.usesProjectSettings(stored, parsed));
    ChecklistSettings settings = parsed.settings();
    Map<String, String> flat = settings.toMap();
    List<RuleChoice> rules = new ArrayList<>();
    for (ChecklistRule rule : engine.rules()) {
      RuleSeverity current = settings.severityOf(rule.id(), rule.defaultSeverity());
      List<Choice> options = new ArrayList<>();
      for (RuleSeverity severity : RuleSeverity.values()) {
        options.add(
            new Choice(
                severity.name(),
                i18n.getText("postmortem.workflow.severity." + severity.name()),
                severity == current));
      }
      rules.add(new RuleChoice(rule.id(), ruleName(rule.id(), i18n), options));
    }
    List<ThresholdField> thresholds = new ArrayList<>();
    for (String key : THRESHOLDS) {
      thresholds.add(
          new ThresholdField(
              key,
              i18n.getText("postmortem.workflow.checklist.threshold." + key),
              flat.getOrDefault(key, "")));
    }
    params.put("rules", rules);
    params.put("thresholds", thresholds);
    params.put("moreSettingsField", MORE_SETTINGS);
    params.put("moreSettings", String.join("\n", moreSettings(flat)));
  }

  @Override
  void putViewParams(Map<String, Object> params, Map<String, String> stored) {
    I18nHelper i18n = authenticationContext.getI18nHelper();
    ParsedSettings parsed = ChecklistArgs.parseStored(stored);
    params.put("useProjectSettings", ChecklistArgs.usesProjectSettings(stored, parsed));
    ChecklistSettings settings = parsed.settings();
    Map<String, List<String>> bySeverity = new LinkedHashMap<>();
    for (RuleSeverity severity : RuleSeverity.values()) {
      bySeverity.put(severity.name(), new ArrayList<>());
    }
    for (ChecklistRule rule : engine.rules()) {
      bySeverity
          .get(settings.severityOf(rule.id(), rule.defaultSeverity()).name())
          .add(ruleName(rule.id(), i18n));
    }
    Map<String, String> flat = settings.toMap();
    List<String> thresholds = new ArrayList<>();
    for (String key : THRESHOLDS) {
      if (flat.containsKey(key)) {
        thresholds.add(
            i18n.getText(
                "postmortem.workflow.checklist.view." + key, new Object[] {flat.get(key)}));
      }
    }
    params.put("blocking", String.join(", ", bySeverity.get(RuleSeverity.BLOCK.name())));
    params.put("warning", String.join(", ", bySeverity.get(RuleSeverity.WARN.name())));
    params.put("off", String.join(", ", bySeverity.get(RuleSeverity.OFF.name())));
    params.put("thresholds", thresholds);
    params.put("moreSettings", moreSettings(flat));
    params.put("ignored", ChecklistArgs.ignored(stored));
  }

  /**
   * Turns the submitted form into the validator's args: rule severities, thresholds and the extra
   * {@code key = value} lines, checked by the core settings parser. Refused values are left out,
   * logged, and listed in the view, so a typo never breaks the workflow. When the admin chose the
   * project's settings, only that choice is stored.
   */
  @Override
  public Map<String, ?> getDescriptorParams(Map<String, Object> formParams) {
    Map<String, String> submitted = DescriptorArgs.submitted(formParams);
    if (ChecklistArgs.PROJECT.equals(submitted.get(ChecklistArgs.SOURCE))) {
      return ChecklistArgs.projectSource();
    }
    Map<String, String> settings = new LinkedHashMap<>();
    for (ChecklistRule rule : engine.rules()) {
      putIfSet(settings, ChecklistSettings.SEVERITY_PREFIX + rule.id(), submitted);
    }
    for (String key : THRESHOLDS) {
      putIfSet(settings, key, submitted);
    }
    String more = submitted.getOrDefault(MORE_SETTINGS, "");
    for (String line : more.split("\\R")) {
      int equals = line.indexOf('=');
      if (equals > 0) {
        settings.putIfAbsent(line.substring(0, equals).trim(), line.substring(equals + 1).trim());
      }
    }
    Map<String, String> args = ChecklistArgs.toStore(settings);
    if (args.containsKey(ChecklistArgs.IGNORED)) {
      LOG.warn("Postmortem checklist validator form: refused {}", args.get(ChecklistArgs.IGNORED));
    }
    return args;
  }

  private static String ruleName(String ruleId, I18nHelper i18n) {
    return i18n.getText("postmortem.workflow.rule." + ruleId);
  }

  /** Stored settings that have no field of their own, as {@code key = value} lines. */
  private static List<String> moreSettings(Map<String, String> flat) {
    return flat.entrySet().stream()
        .filter(e -> !e.getKey().startsWith(ChecklistSettings.SEVERITY_PREFIX))
        .filter(e -> !THRESHOLDS.contains(e.getKey()))
        .map(e -> e.getKey() + " = " + e.getValue())
        .toList();
  }

  private static void putIfSet(
      Map<String, String> settings, String key, Map<String, String> submitted) {
    String value = submitted.get(key);
    if (value != null && !value.isBlank()) {
      settings.put(key, value.trim());
    }
  }
}
