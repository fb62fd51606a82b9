package io.postmortem.jira.web;

import com.atlassian.jira.issue.Issue;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Puts the incident panel's view into the template context. */
@Named
public class IncidentPanelContextProvider extends IssuePanelContextProvider {

  private final IncidentPanelBuilder builder;

  @Inject
  public IncidentPanelContextProvider(IncidentPanelBuilder builder) {
    this.builder = builder;
  }

  @Override
  Object viewOf(Issue issue) {
    return builder.viewOf(issue);
  }
}
