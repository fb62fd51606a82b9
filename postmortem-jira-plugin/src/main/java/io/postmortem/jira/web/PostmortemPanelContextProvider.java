package io.postmortem.jira.web;

import com.atlassian.jira.issue.Issue;
import jakarta.inject.Inject;

/** The postmortem panel's context: its view object, built by {@link PostmortemPanelBuilder}. */
public class PostmortemPanelContextProvider extends IssuePanelContextProvider {

  private final PostmortemPanelBuilder builder;

  @Inject
  public PostmortemPanelContextProvider(PostmortemPanelBuilder builder) {
    this.builder = builder;
  }

  @Override
  Object viewOf(Issue issue) {
    return builder.viewOf(issue);
  }
}
