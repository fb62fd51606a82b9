package io.postmortem.jira.web;

import com.atlassian.jira.issue.Issue;
import jakarta.inject.Inject;

/** The "Earlier incidents that rhyme" panel's context: its view, built by the builder. */
public class RecurrencePanelContextProvider extends IssuePanelContextProvider {

  private final RecurrencePanelBuilder builder;

  @Inject
  public RecurrencePanelContextProvider(RecurrencePanelBuilder builder) {
    this.builder = builder;
  }

  @Override
  Object viewOf(Issue issue) {
    return builder.viewOf(issue);
  }
}
