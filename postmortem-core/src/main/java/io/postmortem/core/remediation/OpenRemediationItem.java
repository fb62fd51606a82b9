package io.postmortem.core.remediation;

import io.postmortem.core.postmortem.ActionItem;
import io.postmortem.core.postmortem.Severity;
import java.util.List;
import java.util.Objects;

/**
 * An open remediation item together with what the dashboard and reminders need about the postmortem
 * it came from.
 *
 * @param issueId the item's issue id
 * @param item the action item as the checklist sees it
 * @param postmortemKey key of the postmortem that asked for the item, or null when unknown
 * @param postmortemOwnerKey user key of the postmortem's owner, or null
 * @param severity the worst severity among the postmortem's incidents
 * @param teams the item's components, the usual way Jira teams mark ownership
 */
public record OpenRemediationItem(
    long issueId,
    ActionItem item,
    String postmortemKey,
    String postmortemOwnerKey,
    Severity severity,
    List<String> teams) {

  public OpenRemediationItem {
    Objects.requireNonNull(item, "item");
    severity = severity == null ? Severity.NONE : severity;
    teams = List.copyOf(teams == null ? List.of() : teams);
  }

  public String key() {
    return item.key();
  }
}
