package io.postmortem.jira.reminder;

import io.postmortem.core.postmortem.RiskAcceptance;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The storage seam for postmortems' risk acceptances in the reminder job: one bulk read per page of
 * postmortems.
 */
public interface PostmortemRisks {
  Map<Long, List<RiskAcceptance>> of(Collection<Long> postmortemIssueIds);
}
