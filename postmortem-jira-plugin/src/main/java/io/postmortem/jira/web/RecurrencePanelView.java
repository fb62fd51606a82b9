package io.postmortem.jira.web;

import io.postmortem.jira.application.recurrence.RecurrenceView;

/**
 * What the "Earlier incidents that rhyme" panel shows.
 *
 * @param key the postmortem's key
 * @param canEdit whether the viewer may mark suggestions
 * @param recurrences the guard's suggestions the viewer may see
 * @param hiddenText "N you cannot see", empty when none is hidden
 * @param comparedText how many earlier issues were compared, and whether more matched
 */
public record RecurrencePanelView(
    String key,
    boolean canEdit,
    RecurrenceView recurrences,
    String hiddenText,
    String comparedText) {}
