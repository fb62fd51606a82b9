package io.postmortem.core.checklist;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** What an admin's submission keeps, what it writes back, and where its size limits lie. */
public class SettingsReaderTest {

  private static List<String> errorKeys(ParsedSettings parsed) {
    return parsed.errors().stream().map(SettingsError::messageKey).toList();
  }

  @Test
  public void writesBackEveryValueItUnderstoodInItsStoredForm() {
    Map<String, String> raw = new LinkedHashMap<>();
    raw.put("due.reportOverdue", "FALSE");
    raw.put("severity.timeline", "warn");
    raw.put("items.max", " 6 ");
    raw.put("languages", "DE; en");
    raw.put("vague.phrases.de", "Synergien  heben | mehr Meetings");

    Map<String, String> written = ChecklistSettings.parse(raw).settings().toMap();

    assertEquals(
        Map.of(
            "due.reportOverdue", "false",
            "severity.timeline", "WARN",
            "items.max", "6",
            "languages", "de,en",
            "vague.phrases.de", "synergien heben|mehr meetings"),
        written);
  }

  @Test
  public void aMistypedRuleSeverityIsNotWrittenBack() {
    ParsedSettings parsed = ChecklistSettings.parse(Map.of("severity.timline", "off"));

    assertEquals(List.of("postmortem.settings.error.unknown-rule"), errorKeys(parsed));
    assertEquals(Map.of(), parsed.settings().toMap());
  }

  @Test
  public void takesAsManySettingsAsTheChecklistCouldHave() {
    Map<String, String> raw = new LinkedHashMap<>();
    for (int i = 0; i < SettingsSchema.MAX_SETTINGS; i++) {
      raw.put("due.days.SEV_1.HIGH." + i, "1");
    }

    List<String> keys = errorKeys(ChecklistSettings.parse(raw));

    assertFalse(keys.contains("postmortem.settings.error.too-many-settings"));
    assertEquals(SettingsSchema.MAX_SETTINGS, keys.size());
  }

  @Test
  public void refusesAnOverlongKeyNamingItsStartAndReadsAKeyAtTheLimit() {
    String overlong = "items." + "x".repeat(SettingsSchema.MAX_KEY_LENGTH - 5);
    String longest = overlong.substring(1);

    SettingsError refused = ChecklistSettings.parse(Map.of(overlong, "1")).errors().get(0);
    SettingsError read = ChecklistSettings.parse(Map.of(longest, "1")).errors().get(0);

    assertEquals("postmortem.settings.error.key-too-long", refused.messageKey());
    assertEquals(overlong.substring(0, 40) + "…", refused.setting());
    assertEquals(
        List.of(overlong.substring(0, 40) + "…", SettingsSchema.MAX_KEY_LENGTH), refused.args());
    assertEquals("postmortem.settings.error.unknown-setting", read.messageKey());
  }

  @Test
  public void aYesNoSettingThatIsNeitherKeepsItsDefault() {
    ParsedSettings parsed = ChecklistSettings.parse(Map.of("due.reportOverdue", "maybe"));

    assertEquals(List.of("postmortem.settings.error.not-a-boolean"), errorKeys(parsed));
    assertTrue(parsed.settings().reportOverdueItems());
  }

  @Test
  public void aListWithoutOneGoodEntryOrWithTooManyKeepsItsDefault() {
    ParsedSettings klingon = ChecklistSettings.parse(Map.of("languages", "klingon"));
    ParsedSettings tooMany =
        ChecklistSettings.parse(
            Map.of("languages", "en,".repeat(SettingsReader.MAX_LIST_ENTRIES + 1)));

    assertEquals(1, klingon.errors().size());
    assertEquals(List.of("en", "de"), klingon.settings().languages());
    assertEquals(List.of("postmortem.settings.error.too-many-entries"), errorKeys(tooMany));
    assertEquals(List.of("en", "de"), tooMany.settings().languages());
  }

  @Test
  public void takesAListOfAsManyEntriesAsAllowed() {
    ParsedSettings parsed =
        ChecklistSettings.parse(Map.of("languages", "en,".repeat(SettingsReader.MAX_LIST_ENTRIES)));

    assertEquals(List.of(), parsed.errors());
    assertEquals(List.of("en"), parsed.settings().languages());
  }

  @Test
  public void takesAsManyPhrasesAsAllowedAndRefusesOneMore() {
    ParsedSettings most =
        ChecklistSettings.parse(
            Map.of("vague.phrases.en", "x|".repeat(SettingsReader.MAX_LIST_ENTRIES)));
    ParsedSettings tooMany =
        ChecklistSettings.parse(
            Map.of("vague.phrases.en", "x|".repeat(SettingsReader.MAX_LIST_ENTRIES + 1)));

    assertEquals(List.of(), most.errors());
    assertEquals(List.of("x"), most.settings().extraVaguePhrases("en"));
    assertEquals(List.of("postmortem.settings.error.too-many-entries"), errorKeys(tooMany));
    assertEquals(List.of(), tooMany.settings().extraVaguePhrases("en"));
  }

  @Test
  public void takesAPhraseAtTheLengthLimit() {
    String longest = "y".repeat(SettingsReader.MAX_PHRASE_LENGTH);

    ParsedSettings parsed = ChecklistSettings.parse(Map.of("language.phrases.en", longest));

    assertEquals(List.of(), parsed.errors());
    assertEquals(List.of(longest), parsed.settings().extraBlamePhrases("en"));
  }

  @Test
  public void aMinimumEqualToTheMaximumIsAllowed() {
    ParsedSettings parsed = ChecklistSettings.parse(Map.of("items.min", "5", "items.max", "5"));

    assertEquals(List.of(), parsed.errors());
    assertEquals(5, parsed.settings().minActionItems());
  }

  @Test
  public void settingsAreEqualExactlyWhenTheyHoldTheSameValues() {
    ChecklistSettings eight = ChecklistSettings.parse(Map.of("items.max", "8")).settings();
    ChecklistSettings eightAgain = ChecklistSettings.parse(Map.of("items.max", " 8")).settings();

    assertEquals(eight, eightAgain);
    assertEquals(eight.hashCode(), eightAgain.hashCode());
    assertNotEquals(ChecklistSettings.defaults(), eight);
  }

  @Test
  public void storedSettingsHoldingOnlyKeysOfAnotherVersionHoldNoSetting() {
    ParsedSettings foreign =
        ChecklistSettings.parse(Map.of("some.future.key", "x", "severity.timline", "off"));
    ParsedSettings wrong =
        ChecklistSettings.parse(Map.of("some.future.key", "x", "items.max", "-1"));

    assertTrue(foreign.onlyUnknownKeys());
    assertFalse(foreign.isValid());
    assertFalse(wrong.onlyUnknownKeys());
    assertTrue(ChecklistSettings.parse(Map.of("items.max", "8")).isValid());
  }

  @Test
  public void aWeekendOfEveryDayIsRefusedNamingItAndNotWrittenBack() {
    ParsedSettings parsed =
        ChecklistSettings.parse(
            Map.of(
                "calendar.weekend",
                "monday,tuesday,wednesday,thursday,friday,saturday,sunday",
                "items.max",
                "8"));

    assertEquals(List.of("postmortem.settings.error.no-business-day"), errorKeys(parsed));
    assertEquals(
        List.of("MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY"),
        parsed.errors().get(0).args());
    assertEquals(Map.of("items.max", "8"), parsed.settings().toMap());
  }

  @Test
  public void aTimeZoneIsWrittenBackByItsIdAndAnUnknownOneKeepsTheDefault() {
    ParsedSettings berlin = ChecklistSettings.parse(Map.of("calendar.zone", " Europe/Berlin "));
    ParsedSettings mars = ChecklistSettings.parse(Map.of("calendar.zone", "Mars/Olympus"));

    assertEquals(Map.of("calendar.zone", "Europe/Berlin"), berlin.settings().toMap());
    assertEquals(List.of("postmortem.settings.error.unknown-zone"), errorKeys(mars));
    assertEquals(java.time.ZoneId.of("UTC"), mars.settings().zone());
  }

  @Test
  public void hidesExactlyTheIssuesItWasGiven() {
    HiddenIssues hidden = HiddenIssues.of(List.of("OPS-1"));

    assertTrue(hidden.hides("OPS-1"));
    assertFalse(hidden.hides("OPS-2"));
    assertFalse(hidden.isEmpty());
    assertTrue(HiddenIssues.of(List.of()).isEmpty());
  }
}
