package io.postmortem.jira.web;

import com.atlassian.jira.issue.Issue;
import jakarta.inject.Inject;

/** The remediation panel's context: its view object, built by {@link RemediationPanelBuilder}. */
public class RemediationPanelContextProvider extends IssuePanelContextProvider {

  private final RemediationPanelBuilder builder;

  @Inject
  public RemediationPanelContextProvider(RemediationPanelBuilder builder) {
    this.builder = builder;
  }

  @Override
  Object viewOf(Issue issue) {
    return builder.viewOf(issue);
  }
}
