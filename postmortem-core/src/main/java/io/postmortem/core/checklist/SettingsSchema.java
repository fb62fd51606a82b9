package io.postmortem.core.checklist;

import io.postmortem.core.postmortem.SectionKind;
import io.postmortem.core.postmortem.TimelineEventKind;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every checklist setting, declared once. Parsing ({@link ChecklistSettings#parse}), the project
 * settings page, the checklist validator's form, the REST API and the rule pages' "Configuration"
 * tables (checked by a test) all take keys, bounds, defaults and labels from here; which rule reads
 * a setting is part of the rule's {@link RuleDescriptor}.
 *
 * <p>The limits on size hold on every path (REST, settings page, validator form), so a value one
 * path refuses is never stored through another.
 */
public final class SettingsSchema {

  /** Ten years: anything longer is a typo, not a policy. */
  public static final int MAX_DAYS = 3650;

  public static final int MAX_COUNT = 1000;

  /** More settings than the checklist has, with room for per-language phrase lists. */
  public static final int MAX_SETTINGS = 200;

  public static final int MAX_KEY_LENGTH = 255;

  /** The longest value: room for a long phrase list, far below what a form could post. */
  public static final int MAX_VALUE_LENGTH = 4000;

  public static final List<String> SUPPORTED_LANGUAGES = List.of("en", "de");

  private static final String THRESHOLD = "postmortem.workflow.checklist.threshold.";
  private static final String FIELD = "postmortem.projectsettings.field.";
  private static final String ERROR = "postmortem.settings.error.";

  public static final Setting SEVERITY =
      Setting.of(SettingType.RULE_SEVERITY, "severity.<rule-id>", "", "postmortem.workflow.rule.")
          .withChoices(names(RuleSeverity.values()), ERROR + "severity");

  /** See {@link DueDateLimits}; its default differs by horizon, so it is written out. */
  public static final Setting DUE_DAYS =
      Setting.of(
              SettingType.WHOLE_NUMBER,
              "due.days.<severity>.<priority>.<horizon>",
              "short-term "
                  + DueDateLimits.DEFAULT_SHORT_TERM_DAYS
                  + ", long-term "
                  + DueDateLimits.DEFAULT_LONG_TERM_DAYS,
              "postmortem.projectsettings.group.due")
          .withBounds(0, MAX_DAYS)
          .withHelp(FIELD + "due.help");

  public static final Setting REPORT_OVERDUE =
      Setting.yesNo("due.reportOverdue", true, THRESHOLD + "due.reportOverdue");

  /**
   * Whether a done remediation item of this project goes back to an open status when the author of
   * a later postmortem marks its incident as recurred (off by default).
   */
  public static final Setting REOPEN_RECURRED_ITEMS =
      Setting.yesNo("recurrence.reopenDoneItems", false, THRESHOLD + "recurrence.reopenDoneItems");

  public static final Setting MIN_ITEMS =
      Setting.wholeNumber("items.min", 0, MAX_COUNT, 1, THRESHOLD + "items.min");

  public static final Setting MAX_ITEMS =
      Setting.wholeNumber("items.max", 1, MAX_COUNT, 10, THRESHOLD + "items.max");

  public static final Setting MIN_SHORT_TERM =
      Setting.wholeNumber("items.minShortTerm", 0, MAX_COUNT, 1, THRESHOLD + "items.minShortTerm");

  public static final Setting MIN_LONG_TERM =
      Setting.wholeNumber("items.minLongTerm", 0, MAX_COUNT, 1, THRESHOLD + "items.minLongTerm");

  public static final Setting LANGUAGES =
      Setting.choices(
              "languages",
              SUPPORTED_LANGUAGES,
              String.join(",", SUPPORTED_LANGUAGES),
              FIELD + "languages",
              ERROR + "unknown-language")
          .withHelp(FIELD + "languages.help");

  public static final Setting VAGUE_PHRASES =
      Setting.of(SettingType.PHRASES, "vague.phrases.<language>", "", FIELD + "vague.")
          .withChoices(SUPPORTED_LANGUAGES, ERROR + "unknown-language")
          .withHelp(FIELD + "phrases.help");

  public static final Setting BLAME_PHRASES =
      Setting.of(SettingType.PHRASES, "language.phrases.<language>", "", FIELD + "blame.")
          .withChoices(SUPPORTED_LANGUAGES, ERROR + "unknown-language")
          .withHelp(FIELD + "phrases.help");

  public static final Setting REQUIRED_SECTIONS =
      Setting.choices(
              "sections.required",
              names(SectionKind.values()),
              String.join(",", names(SectionKind.values())),
              FIELD + "sections",
              ERROR + "unknown-section")
          .withHelp(FIELD + "sections.help");

  /** The template prompts and fillers that do not count as content; a list replaces them. */
  public static final Setting PLACEHOLDERS =
      Setting.of(
          SettingType.PHRASES,
          "sections.placeholders",
          String.join(
              "|",
              "tbd",
              "tbc",
              "todo",
              "to do",
              "n/a",
              "na",
              "none",
              "-",
              "--",
              "...",
              "…",
              "?",
              "xxx",
              "placeholder",
              "lorem ipsum",
              "describe the impact",
              "describe the impact on customers",
              "describe the root causes",
              "describe the resolution",
              "what went well?",
              "what went wrong?",
              "where did we get lucky?",
              "folgt",
              "offen",
              "k.a.",
              "k. a.",
              "beschreibe die auswirkungen"),
          "postmortem.settings.label.sections.placeholders");

  public static final Setting MIN_TIMELINE_EVENTS =
      Setting.wholeNumber("timeline.minEvents", 0, MAX_COUNT, 3, THRESHOLD + "timeline.minEvents");

  public static final Setting REQUIRED_TIMELINE_KINDS =
      Setting.choices(
              "timeline.requiredKinds",
              names(TimelineEventKind.values()),
              "STARTED,DETECTED,RESOLVED",
              FIELD + "kinds",
              ERROR + "unknown-event-kind")
          .withHelp(FIELD + "kinds.help");

  public static final Setting REVIEW_BUSINESS_DAYS =
      Setting.wholeNumber("review.businessDays", 0, MAX_DAYS, 5, THRESHOLD + "review.businessDays");

  /** 0 means off: only the business-day limit applies. */
  public static final Setting REVIEW_SEV1_CALENDAR_DAYS =
      Setting.wholeNumber(
              "review.sev1CalendarDays", 0, MAX_DAYS, 0, THRESHOLD + "review.sev1CalendarDays")
          .withHelp(FIELD + "sev1.help");

  public static final Setting HOLIDAYS =
      Setting.of(SettingType.DATES, "calendar.holidays", "", FIELD + "holidays")
          .withChoices(List.of(), ERROR + "malformed-date")
          .withHelp(FIELD + "holidays.help");

  public static final Setting WEEKEND =
      Setting.choices(
          "calendar.weekend",
          names(DayOfWeek.values()),
          "SATURDAY,SUNDAY",
          "postmortem.settings.label.calendar.weekend",
          ERROR + "unknown-day");

  public static final Setting ZONE =
      Setting.of(
          SettingType.ZONE, "calendar.zone", "UTC", "postmortem.settings.label.calendar.zone");

  /** Every setting, in the order the rule pages and forms list them. */
  public static final List<Setting> ALL =
      List.of(
          SEVERITY,
          MIN_ITEMS,
          MAX_ITEMS,
          MIN_SHORT_TERM,
          MIN_LONG_TERM,
          DUE_DAYS,
          REPORT_OVERDUE,
          REVIEW_BUSINESS_DAYS,
          REVIEW_SEV1_CALENDAR_DAYS,
          HOLIDAYS,
          WEEKEND,
          ZONE,
          REQUIRED_SECTIONS,
          PLACEHOLDERS,
          MIN_TIMELINE_EVENTS,
          REQUIRED_TIMELINE_KINDS,
          LANGUAGES,
          BLAME_PHRASES,
          VAGUE_PHRASES,
          REOPEN_RECURRED_ITEMS);

  private SettingsSchema() {}

  /** The declaration {@code key} belongs to, empty for a key that is no setting. */
  public static Optional<Setting> find(String key) {
    return ALL.stream().filter(s -> s.matches(key)).findFirst();
  }

  /** The settings {@code ruleId} reads, as its descriptor declares them. */
  public static List<Setting> readBy(String ruleId) {
    return StandardChecklist.descriptors().stream()
        .filter(d -> d.id().equals(ruleId))
        .findFirst()
        .map(RuleDescriptor::settings)
        .orElse(List.of());
  }

  /** The key of one rule's severity, e.g. {@code severity.timeline}. */
  public static String severityKey(String ruleId) {
    return SEVERITY.prefix() + ruleId;
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }
}
