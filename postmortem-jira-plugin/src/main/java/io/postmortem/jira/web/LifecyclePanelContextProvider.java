package io.postmortem.jira.web;

import com.atlassian.jira.issue.Issue;
import jakarta.inject.Inject;

/** The "Next steps" panel's context: its view object, built by {@link LifecyclePanelBuilder}. */
public class LifecyclePanelContextProvider extends IssuePanelContextProvider {

  private final LifecyclePanelBuilder builder;

  @Inject
  public LifecyclePanelContextProvider(LifecyclePanelBuilder builder) {
    this.builder = builder;
  }

  @Override
  Object viewOf(Issue issue) {
    return builder.viewOf(issue);
  }
}
