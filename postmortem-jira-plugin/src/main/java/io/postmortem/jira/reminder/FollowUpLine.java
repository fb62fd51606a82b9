package io.postmortem.jira.reminder;

import com.atlassian.jira.issue.Issue;
import io.postmortem.core.remediation.FollowUp;
import java.time.LocalDate;

/**
 * A line of a postmortem owner's digest: an action item to follow up, or the postmortem's risk
 * acceptance about to expire (then {@code item} is null).
 *
 * @param item the item and why it needs the owner, or null for a risk line
 * @param postmortemKey the postmortem of a risk line
 * @param postmortemSummary its summary
 * @param riskExpiresOn the last day its acceptance holds
 */
record FollowUpLine(
    FollowUp item, String postmortemKey, String postmortemSummary, LocalDate riskExpiresOn) {

  static FollowUpLine of(FollowUp item) {
    return new FollowUpLine(item, null, null, null);
  }

  static FollowUpLine riskExpiring(Issue postmortem, LocalDate expiresOn) {
    return new FollowUpLine(null, postmortem.getKey(), postmortem.getSummary(), expiresOn);
  }
}
