package io.postmortem.jira.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.Condition;
import io.postmortem.jira.application.issue.PostmortemConfiguration;
import jakarta.inject.Inject;
import java.util.Map;

/** Shows the postmortem panel on issues of the Postmortem type only. */
public class PostmortemPanelCondition implements Condition {

  private final PostmortemConfiguration configuration;

  @Inject
  public PostmortemPanelCondition(PostmortemConfiguration configuration) {
    this.configuration = configuration;
  }

  @Override
  public void init(Map<String, String> params) {}

  @Override
  public boolean shouldDisplay(Map<String, Object> context) {
    String type = configuration.postmortemIssueTypeId();
    return type != null
        && context.get("issue") instanceof Issue issue
        && issue.getIssueType() != null
        && type.equals(issue.getIssueType().getId());
  }
}
