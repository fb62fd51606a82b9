package io.postmortem.jira.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.Condition;
import jakarta.inject.Inject;
import java.util.Map;

/** Shows the remediation panel on issues that serve at least one postmortem. */
public class RemediationPanelCondition implements Condition {

  private final RemediationPanelBuilder builder;

  @Inject
  public RemediationPanelCondition(RemediationPanelBuilder builder) {
    this.builder = builder;
  }

  @Override
  public void init(Map<String, String> params) {}

  @Override
  public boolean shouldDisplay(Map<String, Object> context) {
    return context.get("issue") instanceof Issue issue && !builder.postmortemsOf(issue).isEmpty();
  }
}
