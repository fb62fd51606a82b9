package io.postmortem.jira.testing;

import com.atlassian.jira.issue.Issue;
import io.postmortem.core.postmortem.Severity;
import io.postmortem.jira.application.search.RemediationScope;
import java.util.Map;

/** The configuration a set-up Jira would have: remediation sub-tasks and two link types. */
public class TestScope implements RemediationScope {
  public static final long REMEDIATION_LINK = 10200L;
  public static final long INCIDENT_LINK = 10201L;

  private final Map<Long, Severity> severityByIncidentId;

  public TestScope(Map<Long, Severity> severityByIncidentId) {
    this.severityByIncidentId = severityByIncidentId;
  }

  public TestScope() {
    this(Map.of());
  }

  @Override
  public String remediationItemClause() {
    return "issuetype = 10101";
  }

  @Override
  public String postmortemClause() {
    return "issuetype = 10100";
  }

  @Override
  public Long remediationLinkTypeId() {
    return REMEDIATION_LINK;
  }

  @Override
  public Long incidentLinkTypeId() {
    return INCIDENT_LINK;
  }

  @Override
  public Severity severityOf(Issue incident) {
    return severityByIncidentId.getOrDefault(incident.getId(), Severity.NONE);
  }
}
