package io.postmortem.jira.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.Condition;
import io.postmortem.jira.application.issue.IncidentPostmortems;
import io.postmortem.jira.application.issue.JiraMapping;
import io.postmortem.jira.application.issue.PostmortemConfiguration;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/** Shows the incident panel on incidents once the app is set up; never on postmortems or items. */
@Named
public class IncidentPanelCondition implements Condition {

  private final PostmortemConfiguration configuration;
  private final IncidentPostmortems incidents;

  @Inject
  public IncidentPanelCondition(
      PostmortemConfiguration configuration, IncidentPostmortems incidents) {
    this.configuration = configuration;
    this.incidents = incidents;
  }

  @Override
  public void init(Map<String, String> params) {}

  @Override
  public boolean shouldDisplay(Map<String, Object> context) {
    JiraMapping mapping = configuration.current();
    return mapping.postmortemIssueTypeId() != null
        && mapping.postmortemLinkTypeId() != null
        && context.get("issue") instanceof Issue issue
        && incidents.isIncident(mapping, issue);
  }
}
