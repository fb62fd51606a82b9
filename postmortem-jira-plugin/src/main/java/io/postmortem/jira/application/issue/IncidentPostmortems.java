package io.postmortem.jira.application.issue;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortem.core.creation.AutomaticPostmortems;
import io.postmortem.core.creation.PostmortemDraft;
import io.postmortem.core.incident.IncidentIssueTypes;
import io.postmortem.jira.storage.AutomaticPostmortemStore;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Objects;

/**
 * What the dialog and the automatic rule both need to know about an incident before a postmortem is
 * created for it: whether it is an incident at all, the postmortems it already has, its project's
 * rule, where to create, and the draft to start from.
 */
@Named
public class IncidentPostmortems {

  private final PostmortemConfiguration configuration;
  private final AutomaticPostmortemStore store;
  private final ProjectManager projects;
  private final IssueLinkManager links;

  @Inject
  public IncidentPostmortems(
      PostmortemConfiguration configuration,
      AutomaticPostmortemStore store,
      @ComponentImport ProjectManager projects,
      @ComponentImport IssueLinkManager links) {
    this.configuration = configuration;
    this.store = store;
    this.projects = projects;
    this.links = links;
  }

  /**
   * Whether a postmortem may be created for {@code issue}: an incident by the configured types, and
   * neither a sub-task nor a remediation item (those are the work a postmortem produces).
   */
  public boolean isIncident(JiraMapping mapping, Issue issue) {
    String typeId = issue.getIssueType() == null ? null : issue.getIssueType().getId();
    return !issue.isSubTask()
        && !Objects.equals(typeId, mapping.remediationSubTaskTypeId())
        && new IncidentIssueTypes(mapping.incidentIssueTypeId(), mapping.postmortemIssueTypeId())
            .isIncident(typeId);
  }

  /** The postmortems already linked to the incident, in link order. */
  public List<Issue> postmortemsOf(JiraMapping mapping, Issue incident) {
    if (mapping.postmortemLinkTypeId() == null || mapping.postmortemIssueTypeId() == null) {
      return List.of();
    }
    return IssueLinks.of(links, incident.getId()).linked(mapping.postmortemLinkTypeId()).stream()
        .filter(
            linked ->
                linked.getIssueType() != null
                    && mapping.postmortemIssueTypeId().equals(linked.getIssueType().getId()))
        .toList();
  }

  /** The incident project's automatic rule; off unless an admin switched it on. */
  public AutomaticPostmortems rule(Issue incident) {
    return store.settings(incident.getProjectObject().getId());
  }

  /**
   * The project the incident's postmortems go to: the configured one when it exists, else the
   * incident's own.
   */
  public Project targetProject(Issue incident) {
    Project own = incident.getProjectObject();
    String key = rule(incident).projectFor(own.getKey());
    Project configured = key.equals(own.getKey()) ? own : projects.getProjectObjByKey(key);
    return configured == null ? own : configured;
  }

  /** The draft for {@code incident} as {@code requester} (null for the automatic rule) sees it. */
  public PostmortemDraft draft(JiraMapping mapping, Issue incident, ApplicationUser requester) {
    ApplicationUser assignee = incident.getAssignee();
    return PostmortemDraft.forIncident(
        incident.getKey(),
        incident.getSummary(),
        configuration.severityOf(mapping, incident),
        assignee == null ? null : assignee.getUsername(),
        requester == null ? null : requester.getUsername());
  }

  /** The draft's summary in the language of {@code i18n}, fitting Jira's summary field. */
  public static String summary(PostmortemDraft draft, I18nHelper i18n) {
    String text =
        i18n.getText(
            draft.summaryKey(),
            (Object) new String[] {draft.incidentKey(), draft.incidentSummary()});
    return PostmortemDraft.shorten(text, PostmortemDraft.SUMMARY_MAX);
  }
}
