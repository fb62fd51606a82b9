package io.postmortem.core.checklist.rule;

import io.postmortem.core.checklist.ChecklistSettings;
import io.postmortem.core.checklist.RuleDescriptor;
import io.postmortem.core.checklist.RuleSeverity;
import io.postmortem.core.checklist.SettingsSchema;
import io.postmortem.core.checklist.Subject;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.TimelineEvent;
import io.postmortem.core.postmortem.TimelineEventKind;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The timeline has at least N events (default 3), in chronological order as stored, and marks when
 * the incident started, was detected and was resolved (configurable) — the events that give time to
 * detect and time to resolve.
 */
public final class TimelineRule extends Rule {

  public static final String ID = "timeline";

  public static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of(
          ID,
          RuleSeverity.BLOCK,
          List.of(SettingsSchema.MIN_TIMELINE_EVENTS, SettingsSchema.REQUIRED_TIMELINE_KINDS),
          "too-few-events",
          "out-of-order",
          "missing-kind");

  public TimelineRule() {
    super(DESCRIPTOR);
  }

  @Override
  void check(
      Postmortem postmortem, ChecklistSettings settings, LocalDate today, Findings findings) {
    List<TimelineEvent> timeline = postmortem.timeline();
    Subject whole = Subject.postmortem(postmortem.key());
    if (timeline.size() < settings.minTimelineEvents()) {
      findings.add("too-few-events", whole, timeline.size(), settings.minTimelineEvents());
    }
    Set<TimelineEventKind> present = EnumSet.noneOf(TimelineEventKind.class);
    for (int i = 0; i < timeline.size(); i++) {
      TimelineEvent event = timeline.get(i);
      present.add(event.kind());
      if (i > 0 && event.at().isBefore(timeline.get(i - 1).at())) {
        TimelineEvent previous = timeline.get(i - 1);
        findings.add(
            "out-of-order",
            Subject.timelineEvent(ref(event, i)),
            i + 1,
            event.text(),
            i,
            previous.text());
      }
    }
    for (TimelineEventKind kind : settings.requiredTimelineKinds()) {
      if (!present.contains(kind)) {
        findings.add("missing-kind", whole, kind.ordinal(), kind.name());
      }
    }
  }

  /** The stored id, or {@code #<position>} (1-based) for an event not stored yet. */
  private static String ref(TimelineEvent event, int index) {
    return event.id() != null ? event.id().toString() : "#" + (index + 1);
  }
}
