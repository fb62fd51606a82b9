package io.postmortem.core.checklist;

import io.postmortem.core.calendar.BusinessCalendar;
import io.postmortem.core.postmortem.SectionKind;
import io.postmortem.core.postmortem.TimelineEventKind;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The admin's checklist configuration as one value that validates itself. It round-trips through a
 * flat {@code Map<String, String>} because that is what a workflow descriptor stores.
 *
 * <p>Keys (defaults in brackets; each rule page in docs/rules says which it reads): {@code
 * severity.<rule-id>} = BLOCK | WARN | OFF; {@code due.days.<severity>.<priority>.<horizon>} (see
 * {@link DueDateLimits}); {@code due.reportOverdue} [true]; {@code items.min} [1], {@code
 * items.max} [10]; {@code items.minShortTerm} [1], {@code items.minLongTerm} [1]; {@code languages}
 * [en,de]; {@code vague.phrases.<lang>} and {@code language.phrases.<lang>} (extra phrases,
 * separated by | or new lines); {@code sections.required} [all six]; {@code sections.placeholders}
 * (replaces the built-in list); {@code timeline.minEvents} [3]; {@code timeline.requiredKinds}
 * [STARTED,DETECTED,RESOLVED]; {@code review.businessDays} [5]; {@code review.sev1CalendarDays}
 * [off]; {@code calendar.holidays} (ISO dates); {@code calendar.weekend} [SATURDAY,SUNDAY]; {@code
 * calendar.zone} [UTC].
 */
public final class ChecklistSettings {

  public static final String SEVERITY_PREFIX = "severity.";
  public static final String REPORT_OVERDUE = "due.reportOverdue";
  public static final String MIN_ITEMS = "items.min";
  public static final String MAX_ITEMS = "items.max";
  public static final String MIN_SHORT_TERM = "items.minShortTerm";
  public static final String MIN_LONG_TERM = "items.minLongTerm";
  public static final String LANGUAGES = "languages";
  public static final String VAGUE_PHRASES_PREFIX = "vague.phrases.";
  public static final String BLAME_PHRASES_PREFIX = "language.phrases.";
  public static final String REQUIRED_SECTIONS = "sections.required";
  public static final String PLACEHOLDERS = "sections.placeholders";
  public static final String MIN_TIMELINE_EVENTS = "timeline.minEvents";
  public static final String REQUIRED_TIMELINE_KINDS = "timeline.requiredKinds";
  public static final String REVIEW_BUSINESS_DAYS = "review.businessDays";
  public static final String REVIEW_SEV1_CALENDAR_DAYS = "review.sev1CalendarDays";
  public static final String HOLIDAYS = "calendar.holidays";
  public static final String WEEKEND = "calendar.weekend";
  public static final String ZONE = "calendar.zone";

  /** Ten years: anything longer is a typo, not a policy. */
  public static final int MAX_DAYS = 3650;

  public static final int MAX_COUNT = 1000;
  public static final List<String> SUPPORTED_LANGUAGES = List.of("en", "de");

  /** The template prompts and fillers that do not count as content. */
  public static final List<String> DEFAULT_PLACEHOLDERS =
      List.of(
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
          "beschreibe die auswirkungen");

  private final Map<String, String> canonical;
  private final Map<String, RuleSeverity> severities;
  private final DueDateLimits dueDateLimits;
  private final boolean reportOverdue;
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
    reportOverdue = in.bool(REPORT_OVERDUE, true);
    int min = in.integer(MIN_ITEMS, 0, MAX_COUNT, 1);
    int max = in.integer(MAX_ITEMS, 1, MAX_COUNT, 10);
    if (min > max) {
      in.error(MIN_ITEMS, "postmortem.settings.error.min-greater-than-max", min, max);
      in.forget(MIN_ITEMS);
      min = Math.min(1, max);
    }
    minItems = min;
    maxItems = max;
    minShortTerm = in.integer(MIN_SHORT_TERM, 0, MAX_COUNT, 1);
    minLongTerm = in.integer(MIN_LONG_TERM, 0, MAX_COUNT, 1);
    languages =
        in.list(
            LANGUAGES,
            tag ->
                Optional.of(tag.toLowerCase(java.util.Locale.ROOT))
                    .filter(SUPPORTED_LANGUAGES::contains),
            "postmortem.settings.error.unknown-language",
            SUPPORTED_LANGUAGES);
    vaguePhrases = readPhrases(in, VAGUE_PHRASES_PREFIX);
    blamePhrases = readPhrases(in, BLAME_PHRASES_PREFIX);
    requiredSections =
        in.list(
            REQUIRED_SECTIONS,
            s -> SettingsReader.enumValue(SectionKind.class, s),
            "postmortem.settings.error.unknown-section",
            List.of(SectionKind.values()));
    List<String> customPlaceholders = in.phrases(PLACEHOLDERS);
    placeholders = customPlaceholders.isEmpty() ? DEFAULT_PLACEHOLDERS : customPlaceholders;
    minTimelineEvents = in.integer(MIN_TIMELINE_EVENTS, 0, MAX_COUNT, 3);
    requiredTimelineKinds =
        in.list(
            REQUIRED_TIMELINE_KINDS,
            s -> SettingsReader.enumValue(TimelineEventKind.class, s),
            "postmortem.settings.error.unknown-event-kind",
            List.of(
                TimelineEventKind.STARTED, TimelineEventKind.DETECTED, TimelineEventKind.RESOLVED));
    reviewBusinessDays = in.integer(REVIEW_BUSINESS_DAYS, 0, MAX_DAYS, 5);
    sev1ReviewCalendarDays = in.integer(REVIEW_SEV1_CALENDAR_DAYS, 0, MAX_DAYS, 0);
    calendar = readCalendar(in);
    zone = readZone(in);
    canonical = Map.copyOf(in.canonical());
  }

  /** Settings with every rule at its default severity and every threshold at its default. */
  public static ChecklistSettings defaults() {
    return new ChecklistSettings(new SettingsReader(Map.of()));
  }

  /**
   * Parses stored or submitted settings. Nonsense values become errors naming the setting, and the
   * default takes their place; unknown keys are ignored so that settings written by a newer version
   * do not break an older one.
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
    Map<String, RuleSeverity> severities = new HashMap<>();
    for (String key : in.keysStartingWith(SEVERITY_PREFIX)) {
      in.value(key)
          .ifPresent(
              text -> {
                Optional<RuleSeverity> severity =
                    SettingsReader.enumValue(RuleSeverity.class, text);
                if (severity.isEmpty()) {
                  in.error(key, "postmortem.settings.error.severity", text);
                } else {
                  severities.put(key.substring(SEVERITY_PREFIX.length()), severity.get());
                  in.accept(key, severity.get().name());
                }
              });
    }
    return severities;
  }

  private static Map<String, List<String>> readPhrases(SettingsReader in, String prefix) {
    Map<String, List<String>> phrases = new HashMap<>();
    for (String key : in.keysStartingWith(prefix)) {
      String language = key.substring(prefix.length());
      if (!SUPPORTED_LANGUAGES.contains(language)) {
        in.error(key, "postmortem.settings.error.unknown-language", language);
        continue;
      }
      phrases.put(language, in.phrases(key));
    }
    return phrases;
  }

  private static BusinessCalendar readCalendar(SettingsReader in) {
    List<LocalDate> holidays =
        in.list(
            HOLIDAYS,
            SettingsReader::isoDate,
            "postmortem.settings.error.malformed-date",
            List.of());
    List<DayOfWeek> weekend =
        in.list(
            WEEKEND,
            s -> SettingsReader.enumValue(DayOfWeek.class, s),
            "postmortem.settings.error.unknown-day",
            List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    if (weekend.size() == DayOfWeek.values().length) {
      in.error(WEEKEND, "postmortem.settings.error.no-business-day", in.canonical().get(WEEKEND));
      in.forget(WEEKEND);
      weekend = List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    }
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    days.addAll(weekend);
    return new BusinessCalendar(days, Set.copyOf(holidays));
  }

  private static ZoneId readZone(SettingsReader in) {
    Optional<String> text = in.value(ZONE);
    if (text.isEmpty()) {
      return ZoneId.of("UTC");
    }
    try {
      ZoneId zone = ZoneId.of(text.get());
      in.accept(ZONE, zone.getId());
      return zone;
    } catch (DateTimeException e) {
      in.error(ZONE, "postmortem.settings.error.unknown-zone", text.get());
      return ZoneId.of("UTC");
    }
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
