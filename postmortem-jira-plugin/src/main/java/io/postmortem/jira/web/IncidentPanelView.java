package io.postmortem.jira.web;

import java.util.List;

/**
 * What the incident's "Postmortem" panel shows, as text (Jira escapes it in the template).
 *
 * @param key the incident's key
 * @param postmortems the linked postmortems the viewer can see
 * @param hiddenPostmortems "1 postmortem you cannot see", empty when the viewer sees them all
 * @param automatic the sentence about the automatic rule, empty when it is off
 * @param mayCreate whether the viewer may create issues in the postmortem project
 * @param projectKey the project a new postmortem goes to
 * @param summary the suggested summary
 * @param facilitator the suggested facilitator's user name
 * @param severity the incident's severity, as words
 */
public record IncidentPanelView(
    String key,
    List<LinkedPostmortem> postmortems,
    String hiddenPostmortems,
    String automatic,
    boolean mayCreate,
    String projectKey,
    String summary,
    String facilitator,
    String severity) {

  public IncidentPanelView {
    postmortems = List.copyOf(postmortems);
  }

  public boolean hasPostmortems() {
    return !postmortems.isEmpty();
  }

  public boolean hasAutomatic() {
    return !automatic.isEmpty();
  }
}
