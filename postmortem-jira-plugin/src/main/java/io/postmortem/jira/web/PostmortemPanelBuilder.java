package io.postmortem.jira.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortem.core.checklist.rule.BlamelessLanguageRule;
import io.postmortem.core.postmortem.ActionItem;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.TimelineEventKind;
import io.postmortem.jira.application.checklist.ChecklistView;
import io.postmortem.jira.application.checklist.LiveChecklist;
import io.postmortem.jira.application.issue.PostmortemReader;
import io.postmortem.jira.storage.DueDateProposal;
import io.postmortem.jira.storage.OwnershipStore;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the postmortem panel's view: one read of the postmortem, the checklist on that snapshot,
 * and the item issues from the postmortem's sub-tasks and links (a fixed number of Jira calls
 * whatever the number of items) for their owners and statuses, and the items' open due-date
 * counter-proposals in one storage query, so the postmortem's owner sees them.
 */
@Named
public class PostmortemPanelBuilder {

  private final PostmortemReader reader;
  private final LiveChecklist checklist;
  private final IssueLinkManager links;
  private final OwnershipStore ownership;
  private final UserNames userNames;
  private final PermissionManager permissions;
  private final JiraAuthenticationContext authenticationContext;

  @Inject
  public PostmortemPanelBuilder(
      PostmortemReader reader,
      LiveChecklist checklist,
      @ComponentImport IssueLinkManager links,
      OwnershipStore ownership,
      UserNames userNames,
      @ComponentImport PermissionManager permissions,
      @ComponentImport JiraAuthenticationContext authenticationContext) {
    this.reader = reader;
    this.checklist = checklist;
    this.links = links;
    this.ownership = ownership;
    this.userNames = userNames;
    this.permissions = permissions;
    this.authenticationContext = authenticationContext;
  }

  public PostmortemPanelView viewOf(Issue issue) {
    I18nHelper i18n = authenticationContext.getI18nHelper();
    Postmortem snapshot = reader.read(issue);
    ChecklistView report = checklist.of(issue, snapshot);
    Map<String, Issue> itemIssues = relatedIssues(issue);
    Map<String, List<ProposalRow>> proposals = openProposals(snapshot, itemIssues);
    boolean canEdit =
        permissions.hasPermission(
            ProjectPermissions.EDIT_ISSUES, issue, authenticationContext.getLoggedInUser());
    return new PostmortemPanelView(
        snapshot.key(),
        canEdit,
        report.blocksTransition(),
        report.rules().stream().map(rule -> ruleRow(rule, i18n)).toList(),
        snapshot.incidents().stream()
            .map(
                incident ->
                    new IncidentRow(
                        incident.key(),
                        PanelText.label(i18n, "severity", incident.severity()),
                        incident
                            .resolution()
                            .map(at -> at.toString().substring(0, 10))
                            .orElse(i18n.getText("postmortem.panel.incident.unresolved"))))
            .toList(),
        snapshot.actionItems().stream()
            .map(
                item ->
                    itemRow(
                        item,
                        itemIssues.get(item.key()),
                        proposals.getOrDefault(item.key(), List.of()),
                        i18n))
            .toList(),
        snapshot.timeline().stream()
            .map(
                event ->
                    new TimelineRow(
                        event.id(),
                        event.at().toString(),
                        event.kind().name(),
                        PanelText.label(i18n, "kind", event.kind()),
                        event.text(),
                        PanelText.orEmpty(event.sourceUrl())))
            .toList(),
        Arrays.stream(TimelineEventKind.values())
            .map(kind -> new KindChoice(kind.name(), PanelText.label(i18n, "kind", kind)))
            .toList(),
        PanelText.duration(i18n, report.metrics().timeToDetect()),
        PanelText.duration(i18n, report.metrics().timeToMitigate()),
        PanelText.duration(i18n, report.metrics().timeToResolve()),
        report.rules().stream()
            .filter(rule -> rule.ruleId().equals(BlamelessLanguageRule.ID))
            .flatMap(rule -> rule.messages().stream())
            .filter(message -> message.fingerprint() != null)
            .map(message -> new FindingRow(message.phrase(), message.text(), message.fingerprint()))
            .toList());
  }

  private static RuleRow ruleRow(ChecklistView.RuleView rule, I18nHelper i18n) {
    String lozenge =
        switch (rule.outcome()) {
          case "PASSED" -> "success";
          case "FAILED" -> "error";
          case "WARNED" -> "current";
          default -> "subtle";
        };
    return new RuleRow(
        rule.ruleId(),
        i18n.getText("postmortem.panel.outcome." + rule.outcome()),
        lozenge,
        rule.docsUrl(),
        rule.messages().stream().map(ChecklistView.MessageView::text).toList());
  }

  /**
   * The items' open counter-proposals by item key: one storage query for all items and one user
   * lookup per distinct proposer, so the owner sees them without a call per item.
   */
  private Map<String, List<ProposalRow>> openProposals(
      Postmortem snapshot, Map<String, Issue> itemIssues) {
    Map<Long, String> keyById = new HashMap<>();
    for (ActionItem item : snapshot.actionItems()) {
      Issue itemIssue = itemIssues.get(item.key());
      if (itemIssue != null && itemIssue.getId() != null) {
        keyById.put(itemIssue.getId(), item.key());
      }
    }
    if (keyById.isEmpty()) {
      return Map.of();
    }
    Map<Long, List<DueDateProposal>> open = ownership.openProposals(keyById.keySet());
    Map<String, String> names =
        userNames.of(
            open.values().stream().flatMap(List::stream).map(DueDateProposal::userKey).toList());
    Map<String, List<ProposalRow>> byKey = new HashMap<>();
    open.forEach((id, list) -> byKey.put(keyById.get(id), ProposalRow.of(list, names)));
    return byKey;
  }

  private static ItemRow itemRow(
      ActionItem item, Issue issue, List<ProposalRow> proposals, I18nHelper i18n) {
    String owner =
        issue != null && issue.getAssignee() != null
            ? issue.getAssignee().getDisplayName()
            : PanelText.orEmpty(item.assigneeKey());
    String status =
        issue != null && issue.getStatus() != null
            ? issue.getStatus().getName()
            : i18n.getText(
                item.done() ? "postmortem.panel.item.done" : "postmortem.panel.item.open");
    return new ItemRow(
        item.key(),
        item.summary(),
        PanelText.label(i18n, "priority", item.priority()),
        PanelText.label(i18n, "horizon", item.horizon()),
        owner.isEmpty() ? i18n.getText("postmortem.panel.item.unassigned") : owner,
        item.isOwnershipConfirmed(),
        PanelText.orEmpty(item.dueDate()),
        status,
        proposals);
  }

  private Map<String, Issue> relatedIssues(Issue postmortem) {
    Map<String, Issue> byKey = new HashMap<>();
    if (postmortem.getSubTaskObjects() != null) {
      postmortem.getSubTaskObjects().forEach(i -> byKey.put(i.getKey(), i));
    }
    for (IssueLink link : nonNull(links.getOutwardLinks(postmortem.getId()))) {
      if (link.getDestinationObject() != null) {
        byKey.putIfAbsent(link.getDestinationObject().getKey(), link.getDestinationObject());
      }
    }
    for (IssueLink link : nonNull(links.getInwardLinks(postmortem.getId()))) {
      if (link.getSourceObject() != null) {
        byKey.putIfAbsent(link.getSourceObject().getKey(), link.getSourceObject());
      }
    }
    return byKey;
  }

  private static <T> List<T> nonNull(List<T> list) {
    return list == null ? List.of() : list;
  }
}
