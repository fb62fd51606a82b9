package io.postmortem.jira.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortem.core.postmortem.OwnershipConfirmation;
import io.postmortem.jira.application.checklist.MessageText;
import io.postmortem.jira.application.checklist.MessageTexts;
import io.postmortem.jira.application.issue.IssueLinks;
import io.postmortem.jira.application.issue.IssueVisibility;
import io.postmortem.jira.application.issue.JiraMapping;
import io.postmortem.jira.application.issue.JiraTime;
import io.postmortem.jira.application.issue.PostmortemConfiguration;
import io.postmortem.jira.storage.DueDateProposal;
import io.postmortem.jira.storage.OwnershipStore;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds the remediation item panel's view: which postmortems the item serves (its parent, or the
 * postmortems linked to it with the remediation link type) as far as the viewer may browse them,
 * its confirmation and open proposals.
 */
@Named
public class RemediationPanelBuilder {

  private final PostmortemConfiguration configuration;
  private final IssueLinkManager links;
  private final OwnershipStore ownership;
  private final MessageTexts texts;
  private final IssueVisibility visibility;
  private final JiraAuthenticationContext authenticationContext;

  @Inject
  public RemediationPanelBuilder(
      PostmortemConfiguration configuration,
      @ComponentImport IssueLinkManager links,
      OwnershipStore ownership,
      MessageTexts texts,
      IssueVisibility visibility,
      @ComponentImport JiraAuthenticationContext authenticationContext) {
    this.configuration = configuration;
    this.links = links;
    this.ownership = ownership;
    this.texts = texts;
    this.visibility = visibility;
    this.authenticationContext = authenticationContext;
  }

  /** The postmortems an issue serves; empty when it is no remediation item. */
  public List<Issue> postmortemsOf(Issue item) {
    JiraMapping mapping = configuration.current();
    String postmortemType = mapping.postmortemIssueTypeId();
    Map<String, Issue> found = new LinkedHashMap<>();
    Issue parent = item.isSubTask() ? item.getParentObject() : null;
    if (isPostmortem(parent, postmortemType)) {
      found.put(parent.getKey(), parent);
    }
    for (Issue linked :
        IssueLinks.of(links, item.getId()).linked(mapping.remediationLinkTypeId())) {
      if (isPostmortem(linked, postmortemType)) {
        found.putIfAbsent(linked.getKey(), linked);
      }
    }
    return new ArrayList<>(found.values());
  }

  public RemediationPanelView viewOf(Issue item) {
    I18nHelper i18n = authenticationContext.getI18nHelper();
    MessageText text = texts.forViewer();
    ApplicationUser viewer = authenticationContext.getLoggedInUser();
    ApplicationUser assignee = item.getAssignee();
    LocalDate due = JiraTime.dayOf(item.getDueDate());
    OwnershipConfirmation confirmation =
        ownership.confirmations(List.of(item.getId())).get(item.getId());
    boolean confirmed =
        assignee != null && confirmation != null && confirmation.holdsFor(assignee.getKey(), due);
    List<DueDateProposal> proposals =
        ownership.openProposals(List.of(item.getId())).getOrDefault(item.getId(), List.of());
    IssueVisibility.Visible<Issue> served =
        visibility.filter(postmortemsOf(item), pm -> pm, viewer);
    return new RemediationPanelView(
        item.getKey(),
        served.shown().stream()
            .map(pm -> new ServedPostmortem(pm.getKey(), pm.getSummary()))
            .toList(),
        viewer != null && assignee != null && Objects.equals(viewer.getKey(), assignee.getKey()),
        confirmed,
        due == null ? "" : due.toString(),
        confirmed
            ? i18n.getText(
                "postmortem.panel.remediation.confirmed-by",
                (Object)
                    new String[] {
                      assignee.getDisplayName(), text.moment(confirmation.confirmedAt())
                    })
            : "",
        ProposalRow.of(proposals, text),
        served.hidden() == 0
            ? ""
            : i18n.getText("postmortem.panel.remediation.hidden", List.of(served.hidden())));
  }

  private static boolean isPostmortem(Issue issue, String postmortemType) {
    return issue != null
        && postmortemType != null
        && issue.getIssueType() != null
        && postmortemType.equals(issue.getIssueType().getId());
  }
}
