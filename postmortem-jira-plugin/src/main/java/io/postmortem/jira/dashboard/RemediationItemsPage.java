package io.postmortem.jira.dashboard;

import java.util.List;
import java.util.Map;

/**
 * The JSON answer of {@code GET /rest/postmortem/1.0/remediation-items}.
 *
 * @param page the zero-based page number
 * @param size the page size asked for
 * @param total open items matching the query
 * @param totals open items per state (ids as keys), ignoring the state filter so every count stays
 *     visible while one state is shown
 * @param items the page, most urgent first
 */
public record RemediationItemsPage(
    int page, int size, int total, Map<String, Long> totals, List<Item> items) {

  /**
   * One open item.
   *
   * @param id issue id
   * @param key issue key
   * @param summary issue summary
   * @param url path of the issue below Jira's context path
   * @param states every state id that applies
   * @param primaryState the most urgent state id
   * @param ageDays days since creation
   * @param daysUntilDue days until the due date, negative when overdue, null without one
   * @param dueDate ISO date or null
   * @param ownerKey assignee's user key or null
   * @param ownerName assignee's display name or null
   * @param ownerConfirmed whether the assignee confirmed owner and date
   * @param postmortemKey the postmortem's key, null when not found
   * @param severity worst incident severity, e.g. {@code SEV_1}, or {@code NONE}
   * @param teams component names
   * @param recurred whether a later incident recurred this done item
   * @param recurredIn the later postmortem that marked the recurrence ("KEY summary"), null when
   *     none or when the viewer may not browse it
   */
  public record Item(
      long id,
      String key,
      String summary,
      String url,
      List<String> states,
      String primaryState,
      long ageDays,
      Long daysUntilDue,
      String dueDate,
      String ownerKey,
      String ownerName,
      boolean ownerConfirmed,
      String postmortemKey,
      String severity,
      List<String> teams,
      boolean recurred,
      String recurredIn) {}
}
