package io.postmortem.core.checklist;

import static org.junit.Assert.assertEquals;

import io.postmortem.core.postmortem.ActionItem;
import io.postmortem.core.postmortem.Horizon;
import io.postmortem.core.postmortem.Incident;
import io.postmortem.core.postmortem.LanguageOverride;
import io.postmortem.core.postmortem.OwnershipConfirmation;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PriorityLevel;
import io.postmortem.core.postmortem.RiskAcceptance;
import io.postmortem.core.postmortem.SectionKind;
import io.postmortem.core.postmortem.Severity;
import io.postmortem.core.postmortem.TimelineEvent;
import io.postmortem.core.postmortem.TimelineEventKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.Test;

/**
 * evaluate() never throws, whatever the postmortem and the settings: generated postmortems with
 * arbitrary Unicode, empty and huge sections, extreme dates and duplicate keys, from fixed seeds so
 * every failure can be replayed.
 */
public class ChecklistRobustnessTest {

  private static final int TRIALS = 300;
  private static final String[] NASTY = {
    "",
    " ",
    "\u0000",
    "\uD800",
    "\uDC00x",
    "İ",
    "ß",
    "ﬀ",
    "\u0301e",
    "\u202Eevil",
    "🔥🔥",
    "should have",
    "Human Error",
    "„hätte sollen“",
    "'failed to'",
    "`code`",
    "TBD",
    "…",
    "be more careful",
    "Investigate",
    "improve",
    "\r\n",
    "\t",
    "\"",
    "{0}",
    "''"
  };
  private static final LocalDate[] DATES = {
    LocalDate.MIN,
    LocalDate.MAX,
    LocalDate.MIN.plusDays(1),
    LocalDate.MAX.minusDays(1),
    LocalDate.of(1970, 1, 1),
    LocalDate.of(2027, 1, 4),
    LocalDate.of(2027, 1, 9)
  };
  private static final Instant[] INSTANTS = {
    Instant.MIN, Instant.MAX, Instant.EPOCH, Instant.parse("2027-01-01T10:00:00Z")
  };

  private final ChecklistEngine engine = StandardChecklist.engine();

  @Test
  public void neverThrowsOnGeneratedPostmortemsAndSettings() {
    for (int trial = 0; trial < TRIALS; trial++) {
      Random random = new Random(trial);
      Postmortem postmortem = postmortem(random, random.nextInt(40));
      ChecklistSettings settings = ChecklistSettings.parse(settings(random)).settings();

      ChecklistReport report = engine.evaluate(postmortem, settings, pick(random, DATES));

      assertEquals("seed " + trial, StandardChecklist.ruleIds().size(), report.results().size());
    }
  }

  @Test
  public void neverThrowsWithoutAnyItemsOrSections() {
    Postmortem empty =
        Postmortem.builder("PM-0", LocalDate.MIN)
            .summary(null)
            .incidents(null)
            .sections(null)
            .actionItems(null)
            .timeline(null)
            .riskAcceptances(null)
            .languageOverrides(null)
            .recurrences(null)
            .build();

    ChecklistReport report = engine.evaluate(empty, ChecklistSettings.defaults(), LocalDate.MAX);

    assertEquals(StandardChecklist.ruleIds().size(), report.results().size());
  }

  @Test
  public void neverThrowsOnTenThousandItemsWithDuplicateKeys() {
    Postmortem huge = postmortem(new Random(10_000), 10_000);

    ChecklistReport report =
        engine.evaluate(huge, ChecklistSettings.defaults(), LocalDate.of(2027, 1, 9));

    assertEquals(StandardChecklist.ruleIds().size(), report.results().size());
  }

  @Test
  public void neverThrowsOnArbitraryCodePointsInEveryText() {
    for (int trial = 0; trial < 100; trial++) {
      Random random = new Random(1_000 + trial);
      String text = codePoints(random, random.nextInt(3_000));
      Map<SectionKind, String> sections = new EnumMap<>(SectionKind.class);
      for (SectionKind kind : SectionKind.values()) {
        sections.put(kind, text);
      }
      ActionItem item =
          new ActionItem(text, text, null, null, text, null, false, null, text, false, null, true);
      Postmortem postmortem =
          Postmortem.builder(text, LocalDate.of(2027, 1, 4))
              .summary(text)
              .incidents(List.of(new Incident(text, null, null)))
              .facilitatorKey(text)
              .sections(sections)
              .actionItems(List.of(item, item))
              .languageOverrides(List.of(new LanguageOverride(text, text, text, null)))
              .build();

      ChecklistReport report =
          engine.evaluate(postmortem, ChecklistSettings.defaults(), LocalDate.of(2027, 1, 9));

      assertEquals(
          "seed " + (1_000 + trial), StandardChecklist.ruleIds().size(), report.results().size());
    }
  }

  private static Postmortem postmortem(Random random, int itemCount) {
    List<ActionItem> items = new ArrayList<>();
    for (int i = 0; i < itemCount; i++) {
      String key = "OPS-" + random.nextInt(Math.max(1, itemCount / 2 + 1));
      String assignee = random.nextBoolean() ? null : "user" + random.nextInt(3);
      LocalDate due = random.nextInt(4) == 0 ? null : pick(random, DATES);
      OwnershipConfirmation confirmation =
          random.nextBoolean()
              ? null
              : new OwnershipConfirmation(
                  "user" + random.nextInt(3),
                  pick(random, INSTANTS),
                  random.nextBoolean() ? due : null);
      items.add(
          new ActionItem(
              key,
              text(random),
              random.nextInt(5) == 0 ? null : pick(random, PriorityLevel.values()),
              random.nextInt(4) == 0 ? null : pick(random, Horizon.values()),
              assignee,
              due,
              random.nextBoolean(),
              confirmation,
              random.nextBoolean() ? null : text(random),
              random.nextBoolean(),
              random.nextBoolean() ? null : pick(random, INSTANTS),
              random.nextInt(5) == 0));
    }
    Map<SectionKind, String> sections = new EnumMap<>(SectionKind.class);
    for (SectionKind kind : SectionKind.values()) {
      if (random.nextInt(3) > 0) {
        sections.put(kind, random.nextInt(10) == 0 ? null : text(random));
      }
    }
    List<TimelineEvent> timeline = new ArrayList<>();
    for (int i = random.nextInt(8); i > 0; i--) {
      timeline.add(
          new TimelineEvent(
              random.nextBoolean() ? null : (long) random.nextInt(3),
              pick(random, INSTANTS),
              random.nextInt(6) == 0 ? null : pick(random, TimelineEventKind.values()),
              random.nextBoolean() ? null : text(random),
              null));
    }
    List<Incident> incidents = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      incidents.add(
          new Incident(
              "INC-1",
              random.nextBoolean() ? null : pick(random, Severity.values()),
              random.nextBoolean() ? null : pick(random, INSTANTS)));
    }
    List<RiskAcceptance> acceptances = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      acceptances.add(
          new RiskAcceptance(
              "u",
              pick(random, INSTANTS),
              random.nextBoolean() ? null : text(random),
              random.nextBoolean() ? null : pick(random, DATES)));
    }
    // Drawn in the order the seeds have always drawn them.
    String key = "PM-" + random.nextInt();
    String summary = text(random);
    return Postmortem.builder(key, pick(random, DATES))
        .summary(summary)
        .incidents(incidents)
        .reviewMeetingOn(random.nextBoolean() ? null : pick(random, DATES))
        .sections(sections)
        .actionItems(items)
        .timeline(timeline)
        .riskAcceptances(acceptances)
        .languageOverrides(List.of(new LanguageOverride(text(random), null, null, null)))
        .build();
  }

  private static Map<String, String> settings(Random random) {
    String[] keys = SettingsKeys.GENERATED.toArray(String[]::new);
    String[] values = {
      "0",
      "1",
      "3",
      "3650",
      "-1",
      "99999",
      "x",
      "",
      "BLOCK",
      "WARN",
      "OFF",
      "en",
      "de",
      "en,de",
      "IMPACT",
      "STARTED",
      "2027-01-06",
      "+999999999-12-31",
      "-999999999-01-01",
      "SUNDAY",
      "UTC",
      "true",
      "|||",
      "a|b",
      "\uD800|🔥"
    };
    Map<String, String> raw = new LinkedHashMap<>();
    for (int i = random.nextInt(8); i > 0; i--) {
      raw.put(pick(random, keys), random.nextInt(5) == 0 ? text(random) : pick(random, values));
    }
    return raw;
  }

  private static String text(Random random) {
    switch (random.nextInt(5)) {
      case 0:
        return pick(random, NASTY);
      case 1:
        return codePoints(random, random.nextInt(200));
      case 2:
        StringBuilder mixed = new StringBuilder();
        for (int i = random.nextInt(20); i > 0; i--) {
          mixed.append(pick(random, NASTY)).append(random.nextBoolean() ? " " : "");
        }
        return mixed.toString();
      case 3:
        return "";
      default:
        return "The alert " + pick(random, NASTY) + " fired " + codePoints(random, 10) + ".";
    }
  }

  /** Any code point, including unpaired surrogates, private use and unassigned ones. */
  private static String codePoints(Random random, int length) {
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      int codePoint =
          random.nextInt(4) == 0
              ? random.nextInt(Character.MAX_CODE_POINT + 1)
              : random.nextInt(0x3000);
      text.appendCodePoint(codePoint);
    }
    return text.toString();
  }

  private static <T> T pick(Random random, T[] values) {
    return values[random.nextInt(values.length)];
  }
}
