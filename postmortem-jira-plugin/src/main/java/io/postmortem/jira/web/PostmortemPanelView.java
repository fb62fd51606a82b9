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
 * @param hiddenIncidents "2 incidents you cannot see", empty when the viewer sees every incident
 * @param hiddenItems "3 action items you cannot see", empty when the viewer sees every item
 */
public record PostmortemPanelView(
    String key,
    boolean canEdit,
    boolean blocks,
    List<RuleRow> rules,
    List<IncidentRow> incidents,
    List<ItemRow> items,
    List<TimelineRow> timeline,
    List<KindChoice> kinds,
    String timeToDetect,
    String timeToMitigate,
    String timeToResolve,
    List<FindingRow> findings,
    String hiddenIncidents,
    String hiddenItems) {}
