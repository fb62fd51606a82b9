package io.postmortem.benchmarks;

import io.postmortem.core.postmortem.ActionItem;
import io.postmortem.core.postmortem.Horizon;
import io.postmortem.core.postmortem.Incident;
import io.postmortem.core.postmortem.OwnershipConfirmation;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PriorityLevel;
import io.postmortem.core.postmortem.SectionKind;
import io.postmortem.core.postmortem.Severity;
import io.postmortem.core.postmortem.TimelineEvent;
import io.postmortem.core.postmortem.TimelineEventKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Postmortems shaped like real ones: sentences in the style of incident write-ups, about one in
 * twelve carrying a phrase the language check flags, so the benchmark measures findings as well as
 * clean text. Fixed seeds make every run measure the same input.
 */
final class Postmortems {

  static final LocalDate CREATED_ON = LocalDate.of(2027, 1, 4);
  static final LocalDate TODAY = LocalDate.of(2027, 1, 7);

  private static final String[] SENTENCES = {
    "At 09:12 the latency alert paged the on-call engineer for the payments service.",
    "Consumer lag on the orders topic grew from zero to 40,000 messages within eight minutes.",
    "The deploy pipeline rolled out a configuration that halved the consumer pool.",
    "Traffic was moved to region B while the previous configuration was restored.",
    "About 12% of card payments in the EU region timed out during the peak.",
    "The runbook did not link the dashboard that shows consumer lag, so it took time to find.",
    "Support received 40 tickets and the status page was updated at 09:30.",
    "The canary stage passed because it ran with a small share of traffic.",
    "Database connections stayed below the limit throughout the incident.",
    "We got lucky that the peak ended shortly after the mitigation.",
    "The incident commander asked the database team to join the bridge at 09:25."
  };
  private static final String[] GERMAN = {
    "Die Warteschlange lief voll, weil die Konsumenten zu langsam waren.",
    "Der Kollege hätte die Konfiguration prüfen sollen.",
    "Um 09:30 wurde die Statusseite aktualisiert und der Support informiert."
  };
  private static final String[] FLAGGED = {
    "The operator should have checked the pool size before the deploy.",
    "This was human error during a routine change.",
    "The on-call engineer failed to escalate in time.",
    "If only the alert had been louder, someone would have noticed."
  };

  private Postmortems() {}

  /** An English postmortem with {@code items} items and about {@code narrativeBytes} of text. */
  static Postmortem of(int items, int narrativeBytes, long seed) {
    return of(items, narrativeBytes, seed, false);
  }

  /**
   * As {@link #of(int, int, long)}; with {@code mixed}, every fourth sentence is German (a quoted
   * customer mail, a German-speaking responder), which makes the language check scan twice.
   */
  static Postmortem of(int items, int narrativeBytes, long seed, boolean mixed) {
    Random random = new Random(seed);
    Map<SectionKind, String> sections = new EnumMap<>(SectionKind.class);
    int perSection = narrativeBytes / SectionKind.values().length;
    for (SectionKind kind : SectionKind.values()) {
      sections.put(kind, narrative(random, perSection, mixed));
    }
    return Postmortem.builder("PM-1", CREATED_ON)
        .summary("Card payments timed out in the EU region")
        .incidents(
            List.of(new Incident("INC-7", Severity.SEV_2, Instant.parse("2027-01-01T10:00:00Z"))))
        .reviewMeetingOn(LocalDate.of(2027, 1, 6))
        .facilitatorKey("carol")
        .sections(sections)
        .actionItems(actionItems(random, items))
        .timeline(timeline())
        .build();
  }

  /**
   * The worst case of issue 9: {@code items} items and about {@code narrativeBytes} of text in
   * which every sentence carries a flagged phrase, and every item summary too, so the language rule
   * reports a finding (with its fingerprint) for each.
   */
  static Postmortem phraseDense(int items, int narrativeBytes, long seed) {
    Random random = new Random(seed);
    Map<SectionKind, String> sections = new EnumMap<>(SectionKind.class);
    int perSection = narrativeBytes / SectionKind.values().length;
    for (SectionKind kind : SectionKind.values()) {
      StringBuilder text = new StringBuilder(perSection + 200);
      while (text.length() < perSection) {
        text.append(FLAGGED[random.nextInt(FLAGGED.length)]).append(' ');
      }
      sections.put(kind, text.toString());
    }
    List<ActionItem> flaggedItems = new ArrayList<>(items);
    for (ActionItem item : actionItems(random, items)) {
      flaggedItems.add(
          item.toBuilder()
              .summary(
                  "The operator should have checked item " + item.key() + "; this was human error")
              .build());
    }
    return Postmortem.builder("PM-2", CREATED_ON)
        .summary("Card payments timed out in the EU region")
        .incidents(
            List.of(new Incident("INC-8", Severity.SEV_2, Instant.parse("2027-01-01T10:00:00Z"))))
        .reviewMeetingOn(LocalDate.of(2027, 1, 6))
        .facilitatorKey("carol")
        .sections(sections)
        .actionItems(flaggedItems)
        .timeline(timeline())
        .build();
  }

  static String narrative(Random random, int bytes, boolean mixed) {
    StringBuilder text = new StringBuilder(bytes + 200);
    while (text.length() < bytes) {
      boolean flagged = random.nextInt(12) == 0;
      String[] pool = mixed && random.nextInt(4) == 0 ? GERMAN : flagged ? FLAGGED : SENTENCES;
      text.append(pool[random.nextInt(pool.length)]).append(random.nextInt(6) == 0 ? "\n\n" : " ");
    }
    return text.toString();
  }

  private static List<ActionItem> actionItems(Random random, int count) {
    List<ActionItem> items = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      LocalDate due = CREATED_ON.plusDays(5 + random.nextInt(100));
      String assignee = "user" + random.nextInt(20);
      items.add(
          ActionItem.builder("OPS-" + i)
              .summary(
                  random.nextInt(10) == 0
                      ? "Be more careful when deploying configuration changes"
                      : "Alert on consumer lag above 10,000 messages for service " + i)
              .priority(PriorityLevel.values()[random.nextInt(4)])
              .horizon(random.nextBoolean() ? Horizon.SHORT_TERM : Horizon.LONG_TERM)
              .assigneeKey(assignee)
              .dueDate(due)
              .done(random.nextInt(4) == 0)
              .confirmation(
                  random.nextInt(5) == 0
                      ? null
                      : new OwnershipConfirmation(
                          assignee, Instant.parse("2027-01-04T15:00:00Z"), due))
              .successMeasure("The alert fires within 2 minutes in the staging load test")
              .scheduled(true)
              .createdAt(Instant.parse("2027-01-04T12:00:00Z"))
              .build());
    }
    return items;
  }

  private static List<TimelineEvent> timeline() {
    return List.of(
        new TimelineEvent(
            1L,
            Instant.parse("2027-01-01T09:00:00Z"),
            TimelineEventKind.STARTED,
            "Lag grows",
            null),
        new TimelineEvent(
            2L,
            Instant.parse("2027-01-01T09:12:00Z"),
            TimelineEventKind.DETECTED,
            "Alert pages",
            null),
        new TimelineEvent(
            3L,
            Instant.parse("2027-01-01T09:40:00Z"),
            TimelineEventKind.MITIGATED,
            "Traffic moved",
            null),
        new TimelineEvent(
            4L,
            Instant.parse("2027-01-01T10:00:00Z"),
            TimelineEventKind.RESOLVED,
            "Lag at zero",
            null));
  }
}
