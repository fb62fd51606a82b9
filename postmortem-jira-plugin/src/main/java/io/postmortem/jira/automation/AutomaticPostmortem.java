package io.postmortem.jira.automation;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortem.core.creation.AutomaticPostmortems;
import io.postmortem.core.creation.PostmortemDraft;
import io.postmortem.jira.application.issue.IncidentPostmortems;
import io.postmortem.jira.application.issue.JiraMapping;
import io.postmortem.jira.application.issue.JiraTime;
import io.postmortem.jira.application.issue.PostmortemConfiguration;
import io.postmortem.jira.application.issue.PostmortemCreation;
import io.postmortem.jira.storage.AutomaticPostmortemStore;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The automatic rule: when an incident of the configured severity or worse is resolved, create its
 * postmortem once, assign it by the project's rule and tell the assignee.
 *
 * <p>"Once" holds across nodes and re-resolutions because the incident is claimed in the database
 * (a unique key) before anything is looked at or created. The claim's holder then checks the
 * incident's postmortem links: one that exists, made by hand in the dialog or by a node that died
 * before it could record it, is recorded on the claim and none is created. A creation that fails
 * gives the claim back, so the next resolution tries again; a claim left unsettled for longer than
 * {@link #CLAIM_LEASE} (its node died between claiming and creating) is taken over by the next
 * resolution on any node. The postmortem is created as the person who resolved the incident when
 * they may create issues in the postmortem project, otherwise as that project's lead.
 */
@Named
public class AutomaticPostmortem {

  private static final Logger LOG = LoggerFactory.getLogger(AutomaticPostmortem.class);

  /**
   * Creating a postmortem takes seconds; a claim that has not recorded one after ten minutes
   * belongs to a node that is gone, and waiting longer only delays the postmortem.
   */
  static final Duration CLAIM_LEASE = Duration.ofMinutes(10);

  private final PostmortemConfiguration configuration;
  private final IncidentPostmortems incidents;
  private final AutomaticPostmortemStore store;
  private final PostmortemCreation creation;
  private final PermissionManager permissions;
  private final UserManager users;
  private final I18nHelper.BeanFactory i18nFactory;
  private final AssigneeNotice notice;
  private final JiraTime time;

  @Inject
  public AutomaticPostmortem(
      PostmortemConfiguration configuration,
      IncidentPostmortems incidents,
      AutomaticPostmortemStore store,
      PostmortemCreation creation,
      @ComponentImport PermissionManager permissions,
      @ComponentImport UserManager users,
      @ComponentImport I18nHelper.BeanFactory i18nFactory,
      AssigneeNotice notice,
      JiraTime time) {
    this.configuration = configuration;
    this.incidents = incidents;
    this.store = store;
    this.creation = creation;
    this.permissions = permissions;
    this.users = users;
    this.i18nFactory = i18nFactory;
    this.notice = notice;
    this.time = time;
  }

  /** Handles one resolution of {@code issue} by {@code resolver} (null when Jira names nobody). */
  public void resolved(Issue issue, ApplicationUser resolver) {
    JiraMapping mapping = configuration.current();
    if (mapping.postmortemIssueTypeId() == null || !incidents.isIncident(mapping, issue)) {
      return;
    }
    AutomaticPostmortems rule = incidents.rule(issue);
    if (!rule.appliesTo(configuration.severityOf(mapping, issue)) || !claim(issue.getId())) {
      return;
    }
    try {
      List<Issue> existing = incidents.postmortemsOf(mapping, issue);
      if (!existing.isEmpty()) {
        store.created(issue.getId(), existing.get(0).getKey());
        return;
      }
      MutableIssue postmortem = create(mapping, rule, issue, resolver);
      store.created(issue.getId(), postmortem.getKey());
      notice.send(postmortem, issue);
    } catch (RuntimeException e) {
      store.release(issue.getId());
      LOG.warn(
          "No automatic postmortem for {}: {}",
          issue.getKey(),
          e instanceof PostmortemCreation.Refused r ? r.messageKey() : e.toString());
    }
  }

  /** A fresh claim, or the take-over of one whose node never settled it within the lease. */
  private boolean claim(long incidentId) {
    Instant now = time.now();
    return store.claim(incidentId, now) || store.takeOver(incidentId, now, CLAIM_LEASE);
  }

  private MutableIssue create(
      JiraMapping mapping, AutomaticPostmortems rule, Issue incident, ApplicationUser resolver) {
    Project project = incidents.targetProject(incident);
    ApplicationUser lead = project.getProjectLead();
    ApplicationUser creator =
        resolver != null
                && permissions.hasPermission(ProjectPermissions.CREATE_ISSUES, project, resolver)
            ? resolver
            : lead;
    if (creator == null) {
      throw new IllegalStateException("nobody may create in " + project.getKey());
    }
    PostmortemDraft draft = incidents.draft(mapping, incident, creator);
    ApplicationUser incidentAssignee = incident.getAssignee();
    String assignee =
        rule.assigneeFor(
            incidentAssignee == null ? null : incidentAssignee.getUsername(),
            lead == null ? null : lead.getUsername());
    String facilitator = rule.facilitator().isEmpty() ? assignee : rule.facilitator();
    // Stored once for everyone, so written in the language of the person it is created as.
    I18nHelper i18n = i18nFactory.getInstance(creator);
    return creation.create(
        new PostmortemCreation.Request(
            incident,
            project,
            creator,
            IncidentPostmortems.summary(draft, i18n),
            i18n.getText("postmortem.auto.description", incident.getKey()),
            assignee,
            users.getUserByName(facilitator) == null ? "" : facilitator));
  }
}
