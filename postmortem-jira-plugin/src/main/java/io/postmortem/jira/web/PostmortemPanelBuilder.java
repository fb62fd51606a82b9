package io.postmortem.jira.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortem.core.checklist.HiddenIssues;
import io.postmortem.core.checklist.rule.BlamelessLanguageRule;
import io.postmortem.core.postmortem.ActionItem;
import io.postmortem.core.postmortem.Incident;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.TimelineEventKind;
import io.postmortem.jira.application.checklist.ChecklistView;
import io.postmortem.jira.application.checklist.LiveChecklist;
import io.postmortem.jira.application.checklist.MessageText;
import io.postmortem.jira.application.checklist.MessageTexts;
import io.postmortem.jira.application.issue.IssueVisibility;
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
 * Builds the postmortem panel's view: one read of the postmortem with its incident and item issues
 * (a fixed number of Jira calls whatever the number of items), the checklist on that snapshot, rows
 * only for the incidents and items the viewer may browse (the others are counted, not named), and
 * the items' open due-date counter-proposals in one storage query, so the postmortem's owner sees
 * them.
 */
@Named
public class PostmortemPanelBuilder {

  private final PostmortemReader reader;
  private final LiveChecklist checklist;
  private final OwnershipStore ownership;
  private final PermissionManager permissions;
  private final IssueVisibility visibility;
  private final JiraAuthenticationContext authenticationContext;
  private final MessageTexts texts;

  @Inject
  public PostmortemPanelBuilder(
      PostmortemReader reader,
      LiveChecklist checklist,
      OwnershipStore ownership,
      @ComponentImport PermissionManager permissions,
      IssueVisibility visibility,
      @ComponentImport JiraAuthenticationContext authenticationContext,
      MessageTexts texts) {
    this.reader = reader;
    this.checklist = checklist;
    this.ownership = ownership;
    this.permissions = permissions;
    this.visibility = visibility;
    this.authenticationContext = authenticationContext;
    this.texts = texts;
  }

  public PostmortemPanelView viewOf(Issue issue) {
    I18nHelper i18n = authenticationContext.getI18nHelper();
    MessageText text = texts.forViewer();
    ApplicationUser viewer = authenticationContext.getLoggedInUser();
    PostmortemReader.Reading reading = reader.readWithIssues(issue);
    ChecklistView report = checklist.of(issue, reading);
    HiddenIssues hidden = visibility.hiddenAmong(reading.linkedIssues(), viewer);
    Postmortem snapshot = reading.postmortem();
    List<Incident> incidents =
        snapshot.incidents().stream().filter(i -> !hidden.hides(i.key())).toList();
    List<ActionItem> items =
        snapshot.actionItems().stream().filter(i -> !hidden.hides(i.key())).toList();
    return new PostmortemPanelView(
        snapshot.key(),
        permissions.hasPermission(ProjectPermissions.EDIT_ISSUES, issue, viewer),
        report.blocksTransition(),
        report.rules().stream().map(rule -> ruleRow(rule, i18n)).toList(),
        incidents.stream().map(incident -> incidentRow(incident, i18n, text)).toList(),
        itemRows(items, byKey(reading.itemIssues()), i18n, text),
        timelineRows(snapshot, i18n, text),
        Arrays.stream(TimelineEventKind.values())
            .map(kind -> new KindChoice(kind.name(), PanelText.label(i18n, "kind", kind)))
            .toList(),
        PanelText.duration(i18n, report.metrics().timeToDetect()),
        PanelText.duration(i18n, report.metrics().timeToMitigate()),
        PanelText.duration(i18n, report.metrics().timeToResolve()),
        findingRows(report),
        hiddenText(
            i18n,
            "postmortem.panel.incidents.hidden",
            snapshot.incidents().size(),
            incidents.size()),
        hiddenText(
            i18n, "postmortem.panel.items.hidden", snapshot.actionItems().size(), items.size()));
  }

  private static IncidentRow incidentRow(Incident incident, I18nHelper i18n, MessageText text) {
    return new IncidentRow(
        incident.key(),
        PanelText.label(i18n, "severity", incident.severity()),
        incident
            .resolution()
            .map(text::moment)
            .orElse(i18n.getText("postmortem.panel.incident.unresolved")));
  }

  private List<ItemRow> itemRows(
      List<ActionItem> items, Map<String, Issue> itemIssues, I18nHelper i18n, MessageText text) {
    Map<String, List<ProposalRow>> proposals = openProposals(items, itemIssues, text);
    return items.stream()
        .map(
            item ->
                itemRow(
                    item,
                    itemIssues.get(item.key()),
                    proposals.getOrDefault(item.key(), List.of()),
                    i18n,
                    text))
        .toList();
  }

  private static List<TimelineRow> timelineRows(
      Postmortem snapshot, I18nHelper i18n, MessageText text) {
    return snapshot.timeline().stream()
        .map(
            event ->
                new TimelineRow(
                    event.id(),
                    event.at().toString(),
                    text.moment(event.at()),
                    event.kind().name(),
                    PanelText.label(i18n, "kind", event.kind()),
                    event.text(),
                    PanelText.orEmpty(event.sourceUrl())))
        .toList();
  }

  /** The blameless-language findings the viewer may keep with a reason. */
  private static List<FindingRow> findingRows(ChecklistView report) {
    return report.rules().stream()
        .filter(rule -> rule.ruleId().equals(BlamelessLanguageRule.ID))
        .flatMap(rule -> rule.messages().stream())
        .filter(message -> message.fingerprint() != null)
        .map(message -> new FindingRow(message.phrase(), message.text(), message.fingerprint()))
        .toList();
  }

  private static String hiddenText(I18nHelper i18n, String key, int all, int shown) {
    return all == shown ? "" : i18n.getText(key, List.of(all - shown));
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
   * lookup per distinct proposer ({@link MessageText} remembers names), so the owner sees them
   * without a call per item.
   */
  private Map<String, List<ProposalRow>> openProposals(
      List<ActionItem> items, Map<String, Issue> itemIssues, MessageText text) {
    Map<Long, String> keyById = new HashMap<>();
    for (ActionItem item : items) {
      Issue itemIssue = itemIssues.get(item.key());
      if (itemIssue != null && itemIssue.getId() != null) {
        keyById.put(itemIssue.getId(), item.key());
      }
    }
    if (keyById.isEmpty()) {
      return Map.of();
    }
    Map<Long, List<DueDateProposal>> open = ownership.openProposals(keyById.keySet());
    Map<String, List<ProposalRow>> byKey = new HashMap<>();
    open.forEach((id, list) -> byKey.put(keyById.get(id), ProposalRow.of(list, text)));
    return byKey;
  }

  private static ItemRow itemRow(
      ActionItem item,
      Issue issue,
      List<ProposalRow> proposals,
      I18nHelper i18n,
      MessageText text) {
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
        item.dueDate() == null ? "" : text.day(item.dueDate()),
        status,
        proposals);
  }

  private static Map<String, Issue> byKey(List<Issue> issues) {
    Map<String, Issue> byKey = new HashMap<>();
    issues.forEach(issue -> byKey.put(issue.getKey(), issue));
    return byKey;
  }
}
