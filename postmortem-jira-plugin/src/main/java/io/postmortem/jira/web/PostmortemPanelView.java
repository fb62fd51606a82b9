package io.postmortem.jira.web;

import java.util.List;

/**
 * Everything the postmortem panel template shows, already localized; values are raw text that the
 * template renderer escapes. One view object per template, so the template needs no logic beyond
 * {@code #if} and {@code #foreach}.
 *
 * @param key the postmortem's key
 * @param canEdit whether the viewer may add timeline events and keep flagged phrases
 * @param blocks whether a blocking rule fails now
 * @param rules the checklist, one row per rule in report order
 * @param incidents the reviewed incidents
 * @param items the remediation action items
 * @param timeline the timeline in time order
 * @param kinds timeline event kinds for the add form, as (value, label)
 * @param timeToDetect localized duration or empty
 * @param timeToMitigate localized duration or empty
 * @param timeToResolve localized duration or empty
 * @param findings blameless-language findings not kept yet
 */
public record PostmortemPanelView(
    String key,
    boolean canEdit,
    boolean blocks,
    List<RuleRow> rules,
    List<IncidentRow> incidents,
    List<ItemRow> items,
    List<TimelineRow> timeline,
    List<Choice> kinds,
    String timeToDetect,
    String timeToMitigate,
    String timeToResolve,
    List<FindingRow> findings) {

  /** A rule's outcome label, AUI lozenge modifier, page and messages. */
  public record RuleRow(
      String ruleId, String outcome, String lozenge, String docsUrl, List<String> messages) {}

  public record IncidentRow(String key, String severity, String resolvedOn) {}

  public record ItemRow(
      String key,
      String summary,
      String priority,
      String horizon,
      String owner,
      boolean confirmed,
      String due,
      String status) {}

  public record TimelineRow(
      Long id, String at, String kind, String kindLabel, String text, String sourceUrl) {}

  public record Choice(String value, String label) {}

  public record FindingRow(String phrase, String text, String fingerprint) {}
}
