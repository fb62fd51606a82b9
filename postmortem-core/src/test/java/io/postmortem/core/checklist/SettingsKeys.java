package io.postmortem.core.checklist;

import java.util.List;

/**
 * Settings keys that the generated-settings tests fill with arbitrary values: every kind of value
 * the parser reads (severities, due limits, counts, languages, phrase lists, sections, timeline,
 * review, calendar), so a generator reaches each parsing path.
 */
final class SettingsKeys {

  static final List<String> GENERATED =
      List.of(
          "severity.timeline",
          "due.days.SEV_1.HIGH.*",
          "due.days.*.*.LONG_TERM",
          "due.reportOverdue",
          "items.min",
          "items.max",
          "items.minShortTerm",
          "items.minLongTerm",
          "languages",
          "vague.phrases.en",
          "language.phrases.de",
          "sections.required",
          "sections.placeholders",
          "timeline.minEvents",
          "timeline.requiredKinds",
          "review.businessDays",
          "review.sev1CalendarDays",
          "calendar.holidays",
          "calendar.weekend",
          "calendar.zone",
          "severity.blameless-language",
          "due.days.*.*.SHORT_TERM",
          "vague.phrases.de",
          "language.phrases.en");

  private SettingsKeys() {}
}
