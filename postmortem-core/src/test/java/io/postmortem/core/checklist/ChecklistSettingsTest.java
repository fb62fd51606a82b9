package io.postmortem.core.checklist;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.postmortem.core.postmortem.Horizon;
import io.postmortem.core.postmortem.PriorityLevel;
import io.postmortem.core.postmortem.SectionKind;
import io.postmortem.core.postmortem.Severity;
import io.postmortem.core.postmortem.TimelineEventKind;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.Test;

public class ChecklistSettingsTest {

  private static Map<String, String> everySetting() {
    Map<String, String> raw = new LinkedHashMap<>();
    raw.put("severity.blameless-language", "block");
    raw.put("severity.review-within-business-days", "OFF");
    raw.put("due.days.SEV_1.HIGH.*", "15");
    raw.put("due.days.sev-2.*.short_term", "30");
    raw.put("due.days.*.*.LONG_TERM", "120");
    raw.put("due.reportOverdue", "FALSE");
    raw.put("items.min", "2");
    raw.put("items.max", "6");
    raw.put("items.minShortTerm", "2");
    raw.put("items.minLongTerm", "0");
    raw.put("languages", "de");
    raw.put("vague.phrases.de", "Synergien heben | mehr Meetings");
    raw.put("language.phrases.en", "dropped the ball");
    raw.put("sections.required", "IMPACT, ROOT_CAUSES");
    raw.put("sections.placeholders", "Siehe Ticket\nfolgt");
    raw.put("timeline.minEvents", "5");
    raw.put("timeline.requiredKinds", "STARTED,RESOLVED");
    raw.put("review.businessDays", "3");
    raw.put("review.sev1CalendarDays", "2");
    raw.put("calendar.holidays", "2027-12-24,2027-12-25");
    raw.put("calendar.weekend", "FRIDAY,SATURDAY");
    raw.put("calendar.zone", "Europe/Berlin");
    return raw;
  }

  private static List<String> errorKeys(Map<String, String> raw) {
    return ChecklistSettings.parse(raw).errors().stream().map(SettingsError::messageKey).toList();
  }

  private static SettingsError onlyError(String key, String value) {
    List<SettingsError> errors = ChecklistSettings.parse(Map.of(key, value)).errors();
    assertEquals(errors.toString(), 1, errors.size());
    return errors.get(0);
  }

  @Test
  public void readsEverySetting() {
    ParsedSettings parsed = ChecklistSettings.parse(everySetting());
    ChecklistSettings s = parsed.settings();

    assertEquals(List.of(), parsed.errors());
    assertEquals(RuleSeverity.BLOCK, s.severityOf("blameless-language", RuleSeverity.WARN));
    assertEquals(
        15, s.dueDateLimits().daysFor(Severity.SEV_1, PriorityLevel.HIGH, Horizon.SHORT_TERM));
    assertEquals(
        30, s.dueDateLimits().daysFor(Severity.SEV_2, PriorityLevel.LOW, Horizon.SHORT_TERM));
    assertEquals(
        120, s.dueDateLimits().daysFor(Severity.SEV_3, PriorityLevel.LOW, Horizon.LONG_TERM));
    assertEquals(false, s.reportOverdueItems());
    assertEquals(2, s.minActionItems());
    assertEquals(6, s.maxActionItems());
    assertEquals(List.of("de"), s.languages());
    assertEquals(List.of("synergien heben", "mehr meetings"), s.extraVaguePhrases("de"));
    assertEquals(List.of("dropped the ball"), s.extraBlamePhrases("en"));
    assertEquals(List.of(SectionKind.IMPACT, SectionKind.ROOT_CAUSES), s.requiredSections());
    assertEquals(List.of("siehe ticket", "folgt"), s.placeholders());
    assertEquals(
        List.of(TimelineEventKind.STARTED, TimelineEventKind.RESOLVED), s.requiredTimelineKinds());
    assertEquals(OptionalInt.of(2), s.sev1ReviewCalendarDays());
    assertEquals(ZoneId.of("Europe/Berlin"), s.zone());
    assertEquals(false, s.calendar().isBusinessDay(LocalDate.of(2027, 12, 24)));
    assertEquals(false, s.calendar().isBusinessDay(LocalDate.of(2027, 1, 1)));
  }

  @Test
  public void roundTripsThroughItsMap() {
    ChecklistSettings original = ChecklistSettings.parse(everySetting()).settings();

    ParsedSettings again = ChecklistSettings.parse(original.toMap());

    assertEquals(List.of(), again.errors());
    assertEquals(original, again.settings());
    assertEquals(original.toMap(), again.settings().toMap());
  }

  @Test
  public void roundTripsTheDefaults() {
    ParsedSettings again = ChecklistSettings.parse(ChecklistSettings.defaults().toMap());

    assertEquals(ChecklistSettings.defaults(), again.settings());
    assertTrue(again.isValid());
  }

  @Test
  public void hasThePracticesDefaults() {
    ChecklistSettings s = ChecklistSettings.defaults();

    assertEquals(
        30, s.dueDateLimits().daysFor(Severity.SEV_1, PriorityLevel.HIGH, Horizon.SHORT_TERM));
    assertEquals(
        90, s.dueDateLimits().daysFor(Severity.NONE, PriorityLevel.LOW, Horizon.LONG_TERM));
    assertEquals(1, s.minActionItems());
    assertEquals(10, s.maxActionItems());
    assertEquals(3, s.minTimelineEvents());
    assertEquals(5, s.reviewBusinessDays());
    assertEquals(OptionalInt.empty(), s.sev1ReviewCalendarDays());
    assertEquals(List.of(SectionKind.values()), s.requiredSections());
    assertEquals(List.of("en", "de"), s.languages());
  }

  @Test
  public void refusesAKeyThatIsNoSettingNamingItAndKeepsTheRest() {
    Map<String, String> raw = new LinkedHashMap<>();
    raw.put("some.future.key", "whatever");
    raw.put("items.max", "8");

    ParsedSettings parsed = ChecklistSettings.parse(raw);

    assertEquals(
        List.of(
            new SettingsError(
                "some.future.key",
                "postmortem.settings.error.unknown-setting",
                List.of("some.future.key"))),
        parsed.errors());
    assertEquals(Map.of("items.max", "8"), parsed.settings().toMap());
  }

  @Test
  public void refusesASeverityOfAMistypedRuleSuggestingTheRuleMeant() {
    ParsedSettings parsed = ChecklistSettings.parse(Map.of("severity.timline", "OFF"));

    assertEquals(
        List.of(
            new SettingsError(
                "severity.timline",
                "postmortem.settings.error.unknown-rule",
                List.of("timline", "timeline"))),
        parsed.errors());
    assertEquals(RuleSeverity.BLOCK, parsed.settings().severityOf("timeline", RuleSeverity.BLOCK));
  }

  @Test
  public void refusesASeverityOfARuleThatDoesNotExist() {
    SettingsError error = onlyError("severity.no-such-rule", "BLOCK");

    assertEquals("postmortem.settings.error.unknown-rule", error.messageKey());
    assertEquals("no-such-rule", error.args().get(0));
  }

  @Test
  public void reportsEveryErrorOfOneSubmissionAtOnce() {
    Map<String, String> raw = new LinkedHashMap<>();
    raw.put("severity.timline", "OFF");
    raw.put("items.max", "many");
    raw.put("calendar.zone", "Mars/Olympus");

    List<String> settings =
        ChecklistSettings.parse(raw).errors().stream().map(SettingsError::setting).toList();

    assertEquals(List.of("severity.timline", "items.max", "calendar.zone"), settings);
  }

  @Test
  public void refusesAValueLongerThanTheLimitOfEveryPath() {
    SettingsError error =
        onlyError("sections.placeholders", "x".repeat(SettingsSchema.MAX_VALUE_LENGTH + 1));

    assertEquals("postmortem.settings.error.too-long", error.messageKey());
    assertEquals(
        List.of(SettingsSchema.MAX_VALUE_LENGTH + 1, SettingsSchema.MAX_VALUE_LENGTH),
        error.args());
  }

  @Test
  public void refusesMoreSettingsThanTheChecklistCouldHave() {
    Map<String, String> raw = new LinkedHashMap<>();
    for (int i = 0; i <= SettingsSchema.MAX_SETTINGS; i++) {
      raw.put("due.days.SEV_1.HIGH." + i, "1");
    }

    List<String> keys =
        ChecklistSettings.parse(raw).errors().stream().map(SettingsError::messageKey).toList();

    assertEquals(List.of("postmortem.settings.error.too-many-settings"), keys);
  }

  @Test
  public void acceptsAValueAtTheLengthLimit() {
    String phrases = ("abcd|").repeat(SettingsSchema.MAX_VALUE_LENGTH / 5);

    ParsedSettings parsed = ChecklistSettings.parse(Map.of("vague.phrases.en", phrases));

    assertEquals(SettingsSchema.MAX_VALUE_LENGTH, phrases.length());
    assertTrue(parsed.isValid());
  }

  @Test
  public void prefersTheMoreSpecificDueDateLimit() {
    ChecklistSettings s =
        ChecklistSettings.parse(
                Map.of(
                    "due.days.SEV_1.HIGH.*", "15",
                    "due.days.*.*.SHORT_TERM", "20",
                    "due.days.SEV_1.HIGH.SHORT_TERM", "10"))
            .settings();

    assertEquals(
        10, s.dueDateLimits().daysFor(Severity.SEV_1, PriorityLevel.HIGH, Horizon.SHORT_TERM));
    assertEquals(
        15, s.dueDateLimits().daysFor(Severity.SEV_1, PriorityLevel.HIGH, Horizon.LONG_TERM));
    assertEquals(
        20, s.dueDateLimits().daysFor(Severity.SEV_2, PriorityLevel.HIGH, Horizon.SHORT_TERM));
  }

  @Test
  public void amongEquallySpecificDueDateLimitsSeverityCountsMostThenPriorityThenHorizon() {
    ChecklistSettings s =
        ChecklistSettings.parse(
                Map.of(
                    "due.days.*.HIGH.SHORT_TERM", "18",
                    "due.days.SEV_1.*.SHORT_TERM", "12",
                    "due.days.SEV_2.*.SHORT_TERM", "16",
                    "due.days.SEV_2.HIGH.*", "14",
                    "due.days.*.*.SHORT_TERM", "21",
                    "due.days.*.LOW.*", "22"))
            .settings();

    assertEquals(
        12, s.dueDateLimits().daysFor(Severity.SEV_1, PriorityLevel.HIGH, Horizon.SHORT_TERM));
    assertEquals(
        14, s.dueDateLimits().daysFor(Severity.SEV_2, PriorityLevel.HIGH, Horizon.SHORT_TERM));
    assertEquals(
        22, s.dueDateLimits().daysFor(Severity.SEV_3, PriorityLevel.LOW, Horizon.SHORT_TERM));
  }

  @Test
  public void fallsBackToTheBuiltInDueDateLimitOnlyWhenNoEntryMatches() {
    ChecklistSettings s =
        ChecklistSettings.parse(Map.of("due.days.SEV_1.HIGH.SHORT_TERM", "10")).settings();

    assertEquals(
        DueDateLimits.DEFAULT_SHORT_TERM_DAYS,
        s.dueDateLimits().daysFor(Severity.SEV_2, PriorityLevel.HIGH, Horizon.SHORT_TERM));
    assertEquals(
        DueDateLimits.DEFAULT_LONG_TERM_DAYS,
        s.dueDateLimits().daysFor(Severity.SEV_1, PriorityLevel.HIGH, Horizon.LONG_TERM));
  }

  @Test
  public void acceptsBothBoundsOfASettingItself() {
    ParsedSettings parsed =
        ChecklistSettings.parse(
            Map.of(
                "review.businessDays", Integer.toString(SettingsSchema.MAX_DAYS),
                "items.max", "1",
                "items.min", "0"));

    assertEquals(List.of(), parsed.errors());
    assertEquals(SettingsSchema.MAX_DAYS, parsed.settings().reviewBusinessDays());
    assertEquals(1, parsed.settings().maxActionItems());
    assertEquals(0, parsed.settings().minActionItems());
  }

  @Test
  public void refusesOneBeyondEitherBoundAndNamesTheBound() {
    SettingsError tooLarge =
        onlyError("review.businessDays", Integer.toString(SettingsSchema.MAX_DAYS + 1));
    SettingsError tooSmall = onlyError("items.max", "0");

    assertEquals("postmortem.settings.error.too-large", tooLarge.messageKey());
    assertEquals(List.of("3651", SettingsSchema.MAX_DAYS), tooLarge.args());
    assertEquals("postmortem.settings.error.too-small", tooSmall.messageKey());
    assertEquals(List.of("0", 1), tooSmall.args());
  }

  @Test
  public void rejectsNegativeDaysAndKeepsTheDefault() {
    ParsedSettings parsed = ChecklistSettings.parse(Map.of("review.businessDays", "-2"));

    assertEquals(
        new SettingsError(
            "review.businessDays", "postmortem.settings.error.negative", List.of("-2", 0)),
        parsed.errors().get(0));
    assertEquals(5, parsed.settings().reviewBusinessDays());
  }

  @Test
  public void rejectsAMinimumAboveTheMaximum() {
    ParsedSettings parsed = ChecklistSettings.parse(Map.of("items.min", "12"));

    assertEquals(
        new SettingsError(
            "items.min", "postmortem.settings.error.min-greater-than-max", List.of(12, 10)),
        parsed.errors().get(0));
    assertEquals(1, parsed.settings().minActionItems());
    assertEquals(List.of(), ChecklistSettings.parse(parsed.settings().toMap()).errors());
  }

  @Test
  public void rejectsAnUnknownSectionButKeepsTheKnownOnes() {
    ParsedSettings parsed = ChecklistSettings.parse(Map.of("sections.required", "IMPACT,SUMMARY"));

    assertEquals(
        new SettingsError(
            "sections.required", "postmortem.settings.error.unknown-section", List.of("SUMMARY")),
        parsed.errors().get(0));
    assertEquals(List.of(SectionKind.IMPACT), parsed.settings().requiredSections());
  }

  @Test
  public void rejectsAMalformedHoliday() {
    SettingsError error = onlyError("calendar.holidays", "2027-12-24,24.12.2027");

    assertEquals("postmortem.settings.error.malformed-date", error.messageKey());
    assertEquals(List.of("24.12.2027"), error.args());
  }

  @Test
  public void rejectsAnUnknownRuleSeverity() {
    SettingsError error = onlyError("severity.timeline", "LOUD");

    assertEquals("postmortem.settings.error.severity", error.messageKey());
    assertEquals(List.of("LOUD"), error.args());
  }

  @Test
  public void rejectsAbsurdSizes() {
    assertEquals(
        "postmortem.settings.error.too-large",
        onlyError("due.days.*.*.SHORT_TERM", "99999").messageKey());
    assertEquals(
        "postmortem.settings.error.too-large", onlyError("items.max", "1000000").messageKey());
    assertEquals(
        "postmortem.settings.error.not-a-number",
        onlyError("timeline.minEvents", "99999999999999999999").messageKey());
    assertEquals(
        "postmortem.settings.error.phrase-too-long",
        onlyError("vague.phrases.en", "x".repeat(500)).messageKey());
    assertEquals(
        "postmortem.settings.error.too-many-entries",
        onlyError("calendar.holidays", "x,".repeat(1001)).messageKey());
  }

  @Test
  public void namesEveryKindOfNonsense() {
    Map<String, String> raw = new LinkedHashMap<>();
    raw.put("due.days.SEV_9.HIGH.*", "10");
    raw.put("due.days.SEV_1.URGENT.*", "10");
    raw.put("due.days.SEV_1.HIGH.SOON", "10");
    raw.put("due.days.SEV_1", "10");
    raw.put("due.reportOverdue", "yes");
    raw.put("items.max", "0");
    raw.put("languages", "fr");
    raw.put("vague.phrases.fr", "soyez prudents");
    raw.put("timeline.requiredKinds", "BEGAN");
    raw.put("calendar.weekend", "MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY");
    raw.put("calendar.zone", "Mars/Olympus");
    raw.put("items.minShortTerm", "many");

    assertEquals(
        List.of(
            "postmortem.settings.error.unknown-incident-severity",
            "postmortem.settings.error.unknown-priority",
            "postmortem.settings.error.unknown-horizon",
            "postmortem.settings.error.malformed-key",
            "postmortem.settings.error.not-a-boolean",
            "postmortem.settings.error.too-small",
            "postmortem.settings.error.not-a-number",
            "postmortem.settings.error.unknown-language",
            "postmortem.settings.error.unknown-language",
            "postmortem.settings.error.unknown-event-kind",
            "postmortem.settings.error.no-business-day",
            "postmortem.settings.error.unknown-zone"),
        errorKeys(raw));
  }

  @Test
  public void parsedNonsenseStillGivesUsableDefaults() {
    Map<String, String> raw = new LinkedHashMap<>();
    raw.put("calendar.weekend", "MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY");
    raw.put("items.max", "-1");

    ChecklistSettings s = ChecklistSettings.parse(raw).settings();

    assertEquals(10, s.maxActionItems());
    assertTrue(s.calendar().isBusinessDay(LocalDate.of(2027, 1, 4)));
  }

  @Test
  public void doneItemsStayClosedOnARecurrenceUnlessTheProjectSaysTrue() {
    assertFalse(ChecklistSettings.defaults().reopenRecurredItems());
    assertTrue(
        ChecklistSettings.parse(Map.of("recurrence.reopenDoneItems", "true"))
            .settings()
            .reopenRecurredItems());

    ParsedSettings maybe = ChecklistSettings.parse(Map.of("recurrence.reopenDoneItems", "maybe"));

    assertEquals(
        List.of("postmortem.settings.error.not-a-boolean"),
        maybe.errors().stream().map(SettingsError::messageKey).toList());
    assertFalse(maybe.settings().reopenRecurredItems());
  }
}
