package io.postmortem.core.postmortem;

import io.postmortem.core.recurrence.SuggestedRecurrence;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Test fixtures: {@link #aPublishablePostmortem()} passes every rule of the standard checklist with
 * default settings on {@link #TODAY}; each {@code with…} breaks or changes exactly one thing.
 */
public final class PostmortemBuilder {

  /** Friday 1 January 2027, when the incident was resolved. */
  public static final Instant RESOLVED_AT = Instant.parse("2027-01-01T10:00:00Z");

  /** Monday 4 January 2027. */
  public static final LocalDate CREATED_ON = LocalDate.of(2027, 1, 4);

  /** Wednesday 6 January 2027, the third business day after the resolution. */
  public static final LocalDate MEETING_ON = LocalDate.of(2027, 1, 6);

  public static final LocalDate TODAY = LocalDate.of(2027, 1, 7);

  private String key = "PM-1";
  private List<Incident> incidents = List.of(new Incident("INC-7", Severity.SEV_2, RESOLVED_AT));
  private LocalDate createdOn = CREATED_ON;
  private LocalDate meetingOn = MEETING_ON;
  private final Map<SectionKind, String> sections = new EnumMap<>(SectionKind.class);
  private List<ActionItem> items =
      List.of(
          ActionItemBuilder.anActionItem("OPS-1").build(),
          ActionItemBuilder.aLongTermItem("OPS-2").build());
  private List<TimelineEvent> timeline =
      List.of(
          event("2027-01-01T09:00:00Z", TimelineEventKind.STARTED, "Consumer lag begins to grow"),
          event("2027-01-01T09:12:00Z", TimelineEventKind.DETECTED, "Latency alert pages on-call"),
          event("2027-01-01T09:40:00Z", TimelineEventKind.MITIGATED, "Traffic moved to region B"),
          event("2027-01-01T10:00:00Z", TimelineEventKind.RESOLVED, "Lag back to zero"));
  private List<RiskAcceptance> riskAcceptances = List.of();
  private List<LanguageOverride> overrides = List.of();
  private List<SuggestedRecurrence> recurrences = List.of();

  private PostmortemBuilder() {
    sections.put(
        SectionKind.IMPACT,
        "For 58 minutes about 12% of card payments in the EU region timed out. Support received"
            + " 40 tickets.");
    sections.put(
        SectionKind.ROOT_CAUSES,
        "A configuration push halved the consumer pool while traffic peaked. The deploy pipeline"
            + " had no check on pool size.");
    sections.put(
        SectionKind.RESOLUTION,
        "The on-call engineer moved traffic to region B and restored the previous configuration.");
    sections.put(
        SectionKind.WENT_WELL,
        "The latency alert paged within twelve minutes of the first errors.");
    sections.put(
        SectionKind.WENT_WRONG,
        "The dashboard showing consumer lag was not linked from the runbook, so finding it took"
            + " time.");
    sections.put(
        SectionKind.GOT_LUCKY,
        "The peak ended shortly after the mitigation, which limited impact.");
  }

  public static PostmortemBuilder aPublishablePostmortem() {
    return new PostmortemBuilder();
  }

  public static TimelineEvent event(String at, TimelineEventKind kind, String text) {
    return new TimelineEvent(null, Instant.parse(at), kind, text, null);
  }

  public PostmortemBuilder withKey(String newKey) {
    this.key = newKey;
    return this;
  }

  public PostmortemBuilder withIncidents(Incident... values) {
    this.incidents = List.of(values);
    return this;
  }

  public PostmortemBuilder withCreatedOn(LocalDate date) {
    this.createdOn = date;
    return this;
  }

  public PostmortemBuilder withReviewMeetingOn(LocalDate date) {
    this.meetingOn = date;
    return this;
  }

  public PostmortemBuilder withSection(SectionKind kind, String text) {
    sections.put(kind, text);
    return this;
  }

  public PostmortemBuilder withoutSection(SectionKind kind) {
    sections.remove(kind);
    return this;
  }

  public PostmortemBuilder withActionItems(ActionItem... values) {
    this.items = List.of(values);
    return this;
  }

  public PostmortemBuilder withActionItems(List<ActionItem> values) {
    this.items = new ArrayList<>(values);
    return this;
  }

  public PostmortemBuilder withTimeline(TimelineEvent... events) {
    this.timeline = List.of(events);
    return this;
  }

  public PostmortemBuilder withRiskAcceptances(RiskAcceptance... values) {
    this.riskAcceptances = List.of(values);
    return this;
  }

  public PostmortemBuilder withLanguageOverrides(LanguageOverride... values) {
    this.overrides = List.of(values);
    return this;
  }

  public PostmortemBuilder withRecurrences(SuggestedRecurrence... values) {
    this.recurrences = List.of(values);
    return this;
  }

  public Postmortem build() {
    return Postmortem.builder(key, createdOn)
        .summary("Card payments timed out in the EU region")
        .incidents(incidents)
        .reviewMeetingOn(meetingOn)
        .facilitatorKey("carol")
        .sections(sections)
        .actionItems(items)
        .timeline(timeline)
        .riskAcceptances(riskAcceptances)
        .languageOverrides(overrides)
        .recurrences(recurrences)
        .build();
  }
}
