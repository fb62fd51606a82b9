package io.postmortem.core.checklist;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class SubmittedSettingsTest {

  private static final String MORE = "checklist.moreSettings";

  @Test
  public void aFieldWinsOverTheSameSettingInTheLines() {
    ParsedSettings parsed =
        SubmittedSettings.check(Map.of("items.max", "8"), MORE, "items.max = 3\nitems.min = 2");

    assertTrue(parsed.isValid());
    assertEquals(8, parsed.settings().maxActionItems());
    assertEquals(2, parsed.settings().minActionItems());
  }

  @Test
  public void aBlankFieldMeansTheDefault() {
    ParsedSettings parsed = SubmittedSettings.check(Map.of("items.max", "  "), MORE, "");

    assertTrue(parsed.isValid());
    assertEquals(Map.of(), parsed.settings().toMap());
  }

  @Test
  public void reportsUnreadableLinesTypoedKeysAndBadValuesTogether() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("items.max", "lots");

    List<SettingsError> errors =
        SubmittedSettings.check(fields, MORE, "no equals sign here\nseverity.timline = OFF")
            .errors();

    assertEquals(
        List.of(
            new SettingsError(MORE, SubmittedSettings.KEY_BAD_LINE, List.of("no equals sign here")),
            new SettingsError(
                "severity.timline",
                "postmortem.settings.error.unknown-rule",
                List.of("timline", "timeline")),
            new SettingsError(
                "items.max", "postmortem.settings.error.not-a-number", List.of("lots"))),
        errors);
  }

  @Test
  public void quotesOnlyTheStartOfAVeryLongUnreadableLine() {
    List<SettingsError> errors =
        SubmittedSettings.check(Map.of(), MORE, "x".repeat(194_000)).errors();

    assertEquals(1, errors.size());
    assertEquals(61, ((String) errors.get(0).args().get(0)).length());
  }

  @Test
  public void refusesAFieldValueOverTheLimitAsRestDoes() {
    String huge = "a|".repeat(97_000);

    ParsedSettings fromForm = SubmittedSettings.check(Map.of("vague.phrases.en", huge), MORE, "");
    ParsedSettings fromRest = SubmittedSettings.check(Map.of("vague.phrases.en", huge));

    assertEquals("postmortem.settings.error.too-long", fromForm.errors().get(0).messageKey());
    assertEquals(fromForm.errors(), fromRest.errors());
  }
}
