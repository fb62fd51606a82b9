package io.postmortem.jira.reminder;

import io.postmortem.core.remediation.DateProposal;
import java.util.Collection;
import java.util.Map;

/**
 * The storage seam for owners' unanswered due-date counter-proposals (the ownership handshake
 * records them): one bulk read per page of items.
 */
public interface DateProposals {
  Map<Long, DateProposal> pending(Collection<Long> itemIssueIds);
}
