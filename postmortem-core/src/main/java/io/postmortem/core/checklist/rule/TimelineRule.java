package io.postmortem.core.checklist.rule;

import static io.postmortem.core.checklist.Argument.choice;
import static io.postmortem.core.checklist.Argument.count;
import static io.postmortem.core.checklist.Argument.moment;
import static io.postmortem.core.checklist.Argument.text;

import io.postmortem.core.checklist.ChecklistSettings;
import io.postmortem.core.checklist.RuleDescriptor;
import io.postmortem.core.checklist.RuleSeverity;
import io.postmortem.core.checklist.SettingsSchema;
import io.postmortem.core.checklist.Subject;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.TimelineEvent;
import io.postmortem.core.postmortem.TimelineEventKind;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The timeline has at least N events (default 3), in chronological order as stored, and marks when
 * the incident started, was detected and was resolved (configurable) — the events that give time to
 * detect and time to resolve. Its kinds must also be possible in time: an incident is not detected
 * or mitigated before it started, nor resolved before it was detected or started. Otherwise time to
 * detect, mitigate or resolve would be negative; {@link
 * io.postmortem.core.checklist.TimelineMetrics} leaves such a time out, and this rule says why.
 *
 * <p>Arguments of {@code impossible-order}: the kind that should come later and its event's text,
 * the kind that should come first and its event's text (the events {@code TimelineMetrics} measures
 * from), then the two events' times.
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
          "missing-kind",
          "impossible-order");

  public TimelineRule() {
    super(DESCRIPTOR);
  }

  @Override
  void check(
      Postmortem postmortem, ChecklistSettings settings, LocalDate today, Findings findings) {
    List<TimelineEvent> timeline = postmortem.timeline();
    Subject whole = Subject.postmortem(postmortem.key());
    if (timeline.size() < settings.minTimelineEvents()) {
      findings.add(
          "too-few-events", whole, count(timeline.size()), count(settings.minTimelineEvents()));
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
            count(i + 1),
            text(event.text()),
            count(i),
            text(previous.text()));
      }
    }
    impossibleOrder(timeline, findings);
    for (TimelineEventKind kind : settings.requiredTimelineKinds()) {
      if (!present.contains(kind)) {
        findings.add("missing-kind", whole, choice(kind));
      }
    }
  }

  /** Each pair (must come first, must come later) whose measured events are the wrong way round. */
  private static void impossibleOrder(List<TimelineEvent> timeline, Findings findings) {
    Map<TimelineEventKind, TimelineEvent> measured = measured(timeline);
    for (TimelineEventKind[] pair : MUST_PRECEDE) {
      TimelineEvent first = measured.get(pair[0]);
      TimelineEvent then = measured.get(pair[1]);
      if (first != null && then != null && then.at().isBefore(first.at())) {
        findings.add(
            "impossible-order",
            Subject.timelineEvent(ref(then, timeline.indexOf(then))),
            choice(then.kind()),
            text(then.text()),
            choice(first.kind()),
            text(first.text()),
            moment(then.at()),
            moment(first.at()));
      }
    }
  }

  private static final TimelineEventKind[][] MUST_PRECEDE = {
    {TimelineEventKind.STARTED, TimelineEventKind.DETECTED},
    {TimelineEventKind.STARTED, TimelineEventKind.MITIGATED},
    {TimelineEventKind.DETECTED, TimelineEventKind.RESOLVED},
    {TimelineEventKind.STARTED, TimelineEventKind.RESOLVED},
  };

  /** The earliest STARTED, DETECTED and MITIGATED and the latest RESOLVED, as the metrics use. */
  private static Map<TimelineEventKind, TimelineEvent> measured(List<TimelineEvent> timeline) {
    Map<TimelineEventKind, TimelineEvent> measured = new EnumMap<>(TimelineEventKind.class);
    for (TimelineEvent event : timeline) {
      TimelineEvent known = measured.get(event.kind());
      boolean latest = event.kind() == TimelineEventKind.RESOLVED;
      if (known == null
          || (latest ? event.at().isAfter(known.at()) : event.at().isBefore(known.at()))) {
        measured.put(event.kind(), event);
      }
    }
    return measured;
  }

  /** The stored id, or {@code #<position>} (1-based) for an event not stored yet. */
  private static String ref(TimelineEvent event, int index) {
    return event.id() != null ? event.id().toString() : "#" + (index + 1);
  }
}
