package io.postmortem.jira.settings;

import io.postmortem.core.checklist.ChecklistSettings;
import io.postmortem.core.checklist.DueDateLimits;
import io.postmortem.core.postmortem.Horizon;
import io.postmortem.core.postmortem.SectionKind;
import io.postmortem.core.postmortem.Severity;
import io.postmortem.core.postmortem.TimelineEventKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which checklist settings have a field of their own on the project settings page, in which
 * fieldset. Every other setting (priority-specific due-date limits, placeholders, weekend, zone,
 * ...) stays editable as {@code key = value} lines, so saving the page never drops a setting that
 * was stored through the REST API.
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
    return flat.entrySet().stream()
        .filter(e -> !e.getKey().startsWith(ChecklistSettings.SEVERITY_PREFIX))
        .filter(e -> !KEYS.contains(e.getKey()))
        .map(e -> e.getKey() + " = " + e.getValue())
        .collect(Collectors.joining("\n"));
  }

  /** An HTML id for a setting key; keys hold dots and asterisks. */
  static String htmlId(String key) {
    return "pm-" + key.replaceAll("[^A-Za-z0-9_-]", "-");
  }

  private static List<Group> groups() {
    String workflow = "postmortem.workflow.checklist.threshold.";
    String f = PREFIX + "field.";
    List<SettingSpec> due = new ArrayList<>();
    due.add(
        SettingSpec.line(
            dueKey(DueDateLimits.ANY, Horizon.SHORT_TERM), f + "due.short", f + "due.help"));
    due.add(SettingSpec.line(dueKey(DueDateLimits.ANY, Horizon.LONG_TERM), f + "due.long"));
    for (Severity severity : Severity.values()) {
      if (severity == Severity.NONE) {
        continue;
      }
      String number = severity.name().substring("SEV_".length());
      for (Horizon horizon : Horizon.values()) {
        String label = horizon == Horizon.SHORT_TERM ? f + "due.sev.short" : f + "due.sev.long";
        due.add(new SettingSpec(dueKey(severity.name(), horizon), label, number, "", 0));
      }
    }
    return List.of(
        new Group(
            PREFIX + "group.items",
            List.of(
                SettingSpec.line(
                    ChecklistSettings.MIN_ITEMS, workflow + ChecklistSettings.MIN_ITEMS),
                SettingSpec.line(
                    ChecklistSettings.MAX_ITEMS, workflow + ChecklistSettings.MAX_ITEMS),
                SettingSpec.line(
                    ChecklistSettings.MIN_SHORT_TERM, workflow + ChecklistSettings.MIN_SHORT_TERM),
                SettingSpec.line(
                    ChecklistSettings.MIN_LONG_TERM, workflow + ChecklistSettings.MIN_LONG_TERM))),
        new Group(PREFIX + "group.due", List.copyOf(due)),
        new Group(
            PREFIX + "group.review",
            List.of(
                SettingSpec.line(
                    ChecklistSettings.REVIEW_BUSINESS_DAYS,
                    workflow + ChecklistSettings.REVIEW_BUSINESS_DAYS),
                SettingSpec.line(
                    ChecklistSettings.REVIEW_SEV1_CALENDAR_DAYS,
                    workflow + ChecklistSettings.REVIEW_SEV1_CALENDAR_DAYS,
                    f + "sev1.help"),
                SettingSpec.area(ChecklistSettings.HOLIDAYS, f + "holidays", f + "holidays.help"))),
        new Group(
            PREFIX + "group.content",
            List.of(
                SettingSpec.checkboxes(
                    ChecklistSettings.REQUIRED_SECTIONS,
                    f + "sections",
                    f + "sections.help",
                    names(SectionKind.values()),
                    "postmortem.setup.field."),
                SettingSpec.line(
                    ChecklistSettings.MIN_TIMELINE_EVENTS,
                    workflow + ChecklistSettings.MIN_TIMELINE_EVENTS),
                SettingSpec.checkboxes(
                    ChecklistSettings.REQUIRED_TIMELINE_KINDS,
                    f + "kinds",
                    f + "kinds.help",
                    names(TimelineEventKind.values()),
                    "postmortem.panel.kind."))),
        new Group(
            PREFIX + "group.language",
            List.of(
                SettingSpec.checkboxes(
                    ChecklistSettings.LANGUAGES,
                    f + "languages",
                    f + "languages.help",
                    ChecklistSettings.SUPPORTED_LANGUAGES,
                    PREFIX + "language."),
                phrases(ChecklistSettings.BLAME_PHRASES_PREFIX, "en", f + "blame.en"),
                phrases(ChecklistSettings.BLAME_PHRASES_PREFIX, "de", f + "blame.de"),
                phrases(ChecklistSettings.VAGUE_PHRASES_PREFIX, "en", f + "vague.en"),
                phrases(ChecklistSettings.VAGUE_PHRASES_PREFIX, "de", f + "vague.de"))));
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }

  private static SettingSpec phrases(String prefix, String language, String labelKey) {
    return SettingSpec.area(prefix + language, labelKey, PREFIX + "field.phrases.help");
  }

  private static String dueKey(String severity, Horizon horizon) {
    return DueDateLimits.PREFIX + severity + "." + DueDateLimits.ANY + "." + horizon.name();
  }
}
