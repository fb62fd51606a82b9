package io.postmortem.jira.settings;

import io.postmortem.core.checklist.DueDateLimits;
import io.postmortem.core.checklist.Setting;
import io.postmortem.core.checklist.SettingLines;
import io.postmortem.core.checklist.SettingsSchema;
import io.postmortem.core.postmortem.Horizon;
import io.postmortem.core.postmortem.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which checklist settings have a field of their own on the project settings page, in which
 * fieldset; what each holds and how it is labelled comes from the core's settings schema. Every
 * other setting (priority-specific due-date limits, placeholders, weekend, zone, ...) stays
 * editable as {@code key = value} lines, so saving the page never drops a setting that was stored
 * through the REST API.
 */
final class ProjectSettingsFields {

  /** The free-text field for settings without a field of their own, as in the validator form. */
  static final String MORE = "checklist.moreSettings";

  /** The risk-acceptance role select; the REST API's name for it. */
  static final String ROLE = "riskAcceptanceRole";

  static final String PREFIX = "postmortem.projectsettings.";

  /**
   * A fieldset: its legend key and its fields.
   *
   * @param legendKey i18n key of the legend
   * @param specs the fields
   */
  record Group(String legendKey, List<SettingSpec> specs) {}

  static final List<Group> GROUPS = groups();

  /** List settings shown as checkboxes; a form submits one value per checked box. */
  static final Set<String> CHECKBOX_KEYS =
      GROUPS.stream()
          .flatMap(g -> g.specs().stream())
          .filter(spec -> !spec.options().isEmpty())
          .map(SettingSpec::key)
          .collect(Collectors.toUnmodifiableSet());

  static final Set<String> KEYS =
      GROUPS.stream()
          .flatMap(g -> g.specs().stream())
          .map(SettingSpec::key)
          .collect(Collectors.toUnmodifiableSet());

  private ProjectSettingsFields() {}

  /** Settings without a field of their own and no rule severity, as {@code key = value} lines. */
  static String moreLines(Map<String, String> flat) {
    return String.join(
        "\n",
        SettingLines.lines(
            flat, key -> !key.startsWith(SettingsSchema.SEVERITY.prefix()) && !KEYS.contains(key)));
  }

  /** An HTML id for a setting key; keys hold dots and asterisks. */
  static String htmlId(String key) {
    return "pm-" + key.replaceAll("[^A-Za-z0-9_-]", "-");
  }

  private static List<Group> groups() {
    return List.of(
        new Group(
            PREFIX + "group.items",
            List.of(
                SettingSpec.of(SettingsSchema.MIN_ITEMS),
                SettingSpec.of(SettingsSchema.MAX_ITEMS),
                SettingSpec.of(SettingsSchema.MIN_SHORT_TERM),
                SettingSpec.of(SettingsSchema.MIN_LONG_TERM))),
        new Group(PREFIX + "group.due", dueSpecs()),
        new Group(
            PREFIX + "group.review",
            List.of(
                SettingSpec.of(SettingsSchema.REVIEW_BUSINESS_DAYS),
                SettingSpec.of(SettingsSchema.REVIEW_SEV1_CALENDAR_DAYS),
                SettingSpec.of(SettingsSchema.HOLIDAYS))),
        new Group(
            PREFIX + "group.content",
            List.of(
                SettingSpec.checkboxes(SettingsSchema.REQUIRED_SECTIONS, "postmortem.setup.field."),
                SettingSpec.of(SettingsSchema.MIN_TIMELINE_EVENTS),
                SettingSpec.checkboxes(
                    SettingsSchema.REQUIRED_TIMELINE_KINDS, "postmortem.panel.kind."))),
        new Group(
            PREFIX + "group.language",
            List.of(
                SettingSpec.checkboxes(SettingsSchema.LANGUAGES, PREFIX + "language."),
                phrases(SettingsSchema.BLAME_PHRASES, "en"),
                phrases(SettingsSchema.BLAME_PHRASES, "de"),
                phrases(SettingsSchema.VAGUE_PHRASES, "en"),
                phrases(SettingsSchema.VAGUE_PHRASES, "de"))),
        new Group(
            PREFIX + "group.recurrence",
            List.of(SettingSpec.of(SettingsSchema.REOPEN_RECURRED_ITEMS))));
  }

  /** Due-date limits: any severity short and long term, then each severity's pair. */
  private static List<SettingSpec> dueSpecs() {
    String f = PREFIX + "field.";
    Setting due = SettingsSchema.DUE_DAYS;
    List<SettingSpec> dues = new ArrayList<>();
    dues.add(
        SettingSpec.member(
            due,
            dueKey(DueDateLimits.ANY, Horizon.SHORT_TERM),
            f + "due.short",
            "",
            due.helpKey()));
    dues.add(
        SettingSpec.member(
            due, dueKey(DueDateLimits.ANY, Horizon.LONG_TERM), f + "due.long", "", ""));
    for (Severity severity : Severity.values()) {
      if (severity == Severity.NONE) {
        continue;
      }
      String number = severity.name().substring("SEV_".length());
      for (Horizon horizon : Horizon.values()) {
        String label = horizon == Horizon.SHORT_TERM ? f + "due.sev.short" : f + "due.sev.long";
        dues.add(SettingSpec.member(due, dueKey(severity.name(), horizon), label, number, ""));
      }
    }
    return List.copyOf(dues);
  }

  private static SettingSpec phrases(Setting family, String language) {
    return SettingSpec.member(family, family.prefix() + language);
  }

  private static String dueKey(String severity, Horizon horizon) {
    return DueDateLimits.key(severity, DueDateLimits.ANY, horizon.name());
  }
}
