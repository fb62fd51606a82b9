package io.postmortem.core.checklist;

import static org.junit.Assert.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class SettingLinesTest {

  @Test
  public void readsKeyValueLinesSplitAtTheFirstEquals() {
    SettingLines.Parsed parsed =
        SettingLines.parse(
            "items.max = 8\n\n  calendar.zone=Europe/Berlin \nvague.phrases.en = a=b");

    assertEquals(
        Map.of("items.max", "8", "calendar.zone", "Europe/Berlin", "vague.phrases.en", "a=b"),
        parsed.settings());
    assertEquals(List.of(), parsed.badLines());
  }

  @Test
  public void splitsAtTheLastEqualsWhenTheLeftSideIsFreeText() {
    SettingLines.Parsed parsed = SettingLines.parse("P1 = urgent = SEV_1", true);

    assertEquals(Map.of("P1 = urgent", "SEV_1"), parsed.settings());
  }

  @Test
  public void keepsLinesWithoutAKeyAsBadLines() {
    SettingLines.Parsed parsed = SettingLines.parse("just text\n= 5\nitems.max = 3");

    assertEquals(List.of("just text", "= 5"), parsed.badLines());
    assertEquals(Map.of("items.max", "3"), parsed.settings());
  }

  @Test
  public void writesTheSettingsItIsAskedToShowAsLines() {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("items.max", "8");
    settings.put("severity.timeline", "OFF");

    assertEquals(
        List.of("items.max = 8"), SettingLines.lines(settings, k -> !k.startsWith("severity.")));
  }
}
