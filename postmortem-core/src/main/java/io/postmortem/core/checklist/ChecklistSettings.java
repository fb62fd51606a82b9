package io.postmortem.core.checklist;

import io.postmortem.core.calendar.BusinessCalendar;
import io.postmortem.core.postmortem.SectionKind;
import io.postmortem.core.postmortem.TimelineEventKind;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The admin's checklist configuration as one value that validates itself. It round-trips through a
 * flat {@code Map<String, String>} because that is what a workflow descriptor stores. Every key,
 * bound and default is declared in {@link SettingsSchema}; each rule's descriptor says which
 * settings it reads.
 */
public final class ChecklistSettings {

  private final Map<String, String> canonical;
  private final Map<String, RuleSeverity> severities;
  private final DueDateLimits dueDateLimits;
  private final boolean reportOverdue;
  private final boolean reopenRecurredItems;
  private final int minItems;
  private final int maxItems;
  private final int minShortTerm;
  private final int minLongTerm;
  private final List<String> languages;
  private final Map<String, List<String>> vaguePhrases;
  private final Map<String, List<String>> blamePhrases;
  private final List<SectionKind> requiredSections;
  private final List<String> placeholders;
  private final int minTimelineEvents;
  private final List<TimelineEventKind> requiredTimelineKinds;
  private final int reviewBusinessDays;
  private final int sev1ReviewCalendarDays;
  private final BusinessCalendar calendar;
  private final ZoneId zone;

  private ChecklistSettings(SettingsReader in) {
    severities = readSeverities(in);
    dueDateLimits = DueDateLimits.read(in);
    reportOverdue = in.bool(SettingsSchema.REPORT_OVERDUE);
    reopenRecurredItems = in.bool(SettingsSchema.REOPEN_RECURRED_ITEMS);
    int min = in.integer(SettingsSchema.MIN_ITEMS);
    int max = in.integer(SettingsSchema.MAX_ITEMS);
    if (min > max) {
      String key = SettingsSchema.MIN_ITEMS.key();
      in.error(key, "postmortem.settings.error.min-greater-than-max", min, max);
      in.forget(key);
      min = Math.min(1, max);
    }
    minItems = min;
    maxItems = max;
    minShortTerm = in.integer(SettingsSchema.MIN_SHORT_TERM);
    minLongTerm = in.integer(SettingsSchema.MIN_LONG_TERM);
    languages = readLanguages(in);
    vaguePhrases = readPhrases(in, SettingsSchema.VAGUE_PHRASES);
    blamePhrases = readPhrases(in, SettingsSchema.BLAME_PHRASES);
    requiredSections =
        in.list(
            SettingsSchema.REQUIRED_SECTIONS, s -> SettingsReader.enumValue(SectionKind.class, s));
    List<String> customPlaceholders = in.phrases(SettingsSchema.PLACEHOLDERS.key());
    placeholders =
        customPlaceholders.isEmpty()
            ? List.of(SettingsSchema.PLACEHOLDERS.defaultValue().split("\\|"))
            : customPlaceholders;
    minTimelineEvents = in.integer(SettingsSchema.MIN_TIMELINE_EVENTS);
    requiredTimelineKinds =
        in.list(
            SettingsSchema.REQUIRED_TIMELINE_KINDS,
            s -> SettingsReader.enumValue(TimelineEventKind.class, s));
    reviewBusinessDays = in.integer(SettingsSchema.REVIEW_BUSINESS_DAYS);
    sev1ReviewCalendarDays = in.integer(SettingsSchema.REVIEW_SEV1_CALENDAR_DAYS);
    calendar = CalendarSettings.calendar(in);
    zone = CalendarSettings.zone(in);
    canonical = Map.copyOf(in.canonical());
  }

  /** Settings with every rule at its default severity and every threshold at its default. */
  public static ChecklistSettings defaults() {
    return new ChecklistSettings(new SettingsReader(Map.of()));
  }

  /**
   * Parses stored or submitted settings, reporting every error at once. Nonsense values become
   * errors naming the setting, and the default takes their place; keys the schema does not know (a
   * typo such as {@code severity.timline}) are errors too and are left out, so stored settings from
   * elsewhere still give usable settings while every form refuses them.
   */
  public static ParsedSettings parse(Map<String, String> raw) {
    SettingsReader reader = new SettingsReader(raw);
    ChecklistSettings settings = new ChecklistSettings(reader);
    return new ParsedSettings(settings, reader.errors());
  }

  /** The flat form, for storing; {@code parse(toMap())} gives equal settings and no errors. */
  public Map<String, String> toMap() {
    return new LinkedHashMap<>(canonical);
  }

  /** The severity the admin chose for a rule, or {@code fallback} when they chose none. */
  public RuleSeverity severityOf(String ruleId, RuleSeverity fallback) {
    return severities.getOrDefault(ruleId, fallback);
  }

  public DueDateLimits dueDateLimits() {
    return dueDateLimits;
  }

  /** Whether open items already past their due date are reported by {@code due-within-limit}. */
  public boolean reportOverdueItems() {
    return reportOverdue;
  }

  /**
   * Whether done remediation items of the project go back to an open status when a later incident
   * is marked as their incident's recurrence.
   */
  public boolean reopenRecurredItems() {
    return reopenRecurredItems;
  }

  public int minActionItems() {
    return minItems;
  }

  public int maxActionItems() {
    return maxItems;
  }

  public int minShortTermItems() {
    return minShortTerm;
  }

  public int minLongTermItems() {
    return minLongTerm;
  }

  /** Language tags whose phrase lists the text checks use, e.g. {@code [en, de]}. */
  public List<String> languages() {
    return languages;
  }

  /** Vague phrases the admin added for a language, lower-cased. */
  public List<String> extraVaguePhrases(String language) {
    return vaguePhrases.getOrDefault(language, List.of());
  }

  /** Blaming or counterfactual phrases the admin added for a language, lower-cased. */
  public List<String> extraBlamePhrases(String language) {
    return blamePhrases.getOrDefault(language, List.of());
  }

  public List<SectionKind> requiredSections() {
    return requiredSections;
  }

  /** Template texts that do not count as filling a section, lower-cased. */
  public List<String> placeholders() {
    return placeholders;
  }

  public int minTimelineEvents() {
    return minTimelineEvents;
  }

  public List<TimelineEventKind> requiredTimelineKinds() {
    return requiredTimelineKinds;
  }

  public int reviewBusinessDays() {
    return reviewBusinessDays;
  }

  /** The shorter Sev-1 review limit in calendar days, empty when not set. */
  public OptionalInt sev1ReviewCalendarDays() {
    return sev1ReviewCalendarDays > 0
        ? OptionalInt.of(sev1ReviewCalendarDays)
        : OptionalInt.empty();
  }

  public BusinessCalendar calendar() {
    return calendar;
  }

  /** The zone that turns incident resolution instants into the team's calendar days. */
  public ZoneId zone() {
    return zone;
  }

  private static Map<String, RuleSeverity> readSeverities(SettingsReader in) {
    Setting setting = SettingsSchema.SEVERITY;
    Map<String, RuleSeverity> severities = new HashMap<>();
    for (String key : in.keysStartingWith(setting.prefix())) {
      Optional<String> text = in.value(key);
      Optional<RuleSeverity> severity =
          text.flatMap(t -> SettingsReader.enumValue(RuleSeverity.class, t));
      if (text.isPresent() && severity.isEmpty()) {
        in.error(key, setting.badEntryKey(), text.get());
      } else if (severity.isPresent()) {
        severities.put(key.substring(setting.prefix().length()), severity.get());
        in.accept(key, severity.get().name());
      }
    }
    return severities;
  }

  private static List<String> readLanguages(SettingsReader in) {
    return in.list(
        SettingsSchema.LANGUAGES,
        tag ->
            Optional.of(tag.toLowerCase(Locale.ROOT))
                .filter(SettingsSchema.SUPPORTED_LANGUAGES::contains));
  }

  private static Map<String, List<String>> readPhrases(SettingsReader in, Setting setting) {
    Map<String, List<String>> phrases = new HashMap<>();
    for (String key : in.keysStartingWith(setting.prefix())) {
      String language = key.substring(setting.prefix().length());
      if (setting.choices().contains(language)) {
        phrases.put(language, in.phrases(key));
      } else {
        in.error(key, setting.badEntryKey(), language);
      }
    }
    return phrases;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ChecklistSettings other && canonical.equals(other.canonical);
  }

  @Override
  public int hashCode() {
    return canonical.hashCode();
  }

  @Override
  public String toString() {
    return "ChecklistSettings" + canonical;
  }
}
