package io.postmortem.jira.application.checklist;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * JSON of the live checklist of a postmortem, as the issue panel shows it: every rule in report
 * order with its outcome, its localized messages and the page that explains it, plus the durations
 * derived from the timeline.
 *
 * @param key the postmortem's key
 * @param blocksTransition whether a blocking rule failed
 * @param rules one entry per rule, in report order
 * @param metrics time to detect / mitigate / resolve in minutes, null where unknown
 */
public record ChecklistView(
    String key, boolean blocksTransition, List<RuleView> rules, MetricsView metrics) {

  /** One rule's outcome (PASSED, FAILED, WARNED, OFF) and messages. */
  public record RuleView(
      String ruleId, String outcome, String docsUrl, List<MessageView> messages) {}

  /**
   * One violation in the reader's language. For language findings, {@code fingerprint} is what a
   * "keep, because..." override records and {@code phrase} the flagged text.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record MessageView(
      String severity,
      String text,
      String subjectKind,
      String subjectRef,
      String phrase,
      String fingerprint) {}

  /** Whole minutes from the start of the incident. */
  public record MetricsView(Long timeToDetect, Long timeToMitigate, Long timeToResolve) {}
}
