package io.postmortem.jira.application.search;

import com.atlassian.jira.issue.Issue;
import io.postmortem.core.postmortem.Severity;
import io.postmortem.jira.application.issue.JiraMapping;
import io.postmortem.jira.application.issue.PostmortemConfiguration;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.function.Function;

/**
 * The scope as the setup stored it: remediation sub-tasks of a postmortem, plus issues in other
 * projects joined to a postmortem by the remediation link type. Read on every call, so an admin's
 * change applies on every node at once.
 */
@Named
public class ConfiguredRemediationScope implements RemediationScope {
  /** Matches nothing: the setup has not chosen the type yet. */
  private static final String NOTHING = "issuekey = \"NONE-0\"";

  private final PostmortemConfiguration configuration;

  @Inject
  public ConfiguredRemediationScope(PostmortemConfiguration configuration) {
    this.configuration = configuration;
  }

  @Override
  public String remediationItemClause() {
    return itemClause("remediationLinkEnds()");
  }

  /**
   * Open items by the function that only ever lists unresolved linked items, so a long history of
   * done items cannot push open ones past its cap.
   */
  @Override
  public String openItemClause() {
    return "(" + itemClause("linkedRemediationItems()") + ") AND resolution is EMPTY";
  }

  private String itemClause(String linkFunction) {
    JiraMapping mapping = configuration.current();
    String subTasks = typeClause(mapping.remediationSubTaskTypeId());
    if (mapping.remediationLinkTypeId() == null) {
      return subTasks;
    }
    return subTasks
        + " OR (issue in "
        + linkFunction
        + " AND NOT "
        + typeClause(mapping.postmortemIssueTypeId())
        + ")";
  }

  @Override
  public String postmortemClause() {
    return typeClause(configuration.current().postmortemIssueTypeId());
  }

  @Override
  public Long remediationLinkTypeId() {
    return configuration.remediationLinkTypeId();
  }

  @Override
  public Long incidentLinkTypeId() {
    return configuration.postmortemLinkTypeId();
  }

  @Override
  public Severity severityOf(Issue incident) {
    return configuration.severityOf(incident);
  }

  @Override
  public Function<Issue, Severity> severities() {
    JiraMapping mapping = configuration.current();
    return issue -> configuration.severityOf(mapping, issue);
  }

  private static String typeClause(String issueTypeId) {
    if (issueTypeId == null || !issueTypeId.matches("[0-9]+")) {
      return NOTHING;
    }
    return "issuetype = " + issueTypeId;
  }
}
