package io.postmortem.jira.dashboard;

import io.postmortem.core.remediation.OpenRemediationItem;
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
      String recurredIn) {

    /**
     * The row of one item: what the item itself says, and how the dashboard judges it ({@code
     * states}, age, days until due, recurred) — one mapping for open and recurred rows.
     */
    static Item of(
        OpenRemediationItem open,
        String ownerName,
        List<String> states,
        String primaryState,
        long ageDays,
        Long daysUntilDue,
        boolean recurred,
        String recurredIn) {
      return new Item(
          open.issueId(),
          open.key(),
          open.item().summary(),
          "/browse/" + open.key(),
          states,
          primaryState,
          ageDays,
          daysUntilDue,
          open.item().dueDate() == null ? null : open.item().dueDate().toString(),
          open.item().assigneeKey(),
          ownerName,
          open.item().isOwnershipConfirmed(),
          open.postmortemKey(),
          open.severity().name(),
          open.teams(),
          recurred,
          recurredIn);
    }
  }
}
