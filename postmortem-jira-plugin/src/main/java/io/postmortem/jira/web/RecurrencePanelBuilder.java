package io.postmortem.jira.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortem.jira.application.issue.PostmortemReader;
import io.postmortem.jira.application.recurrence.CandidateSearch;
import io.postmortem.jira.application.recurrence.RecurrenceGuard;
import io.postmortem.jira.application.recurrence.RecurrenceView;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Builds the "Earlier incidents that rhyme" panel: the recurrence guard looks again on every view,
 * so a changed incident is taken into account the next time the postmortem is opened.
 */
@Named
public class RecurrencePanelBuilder {
  private final PostmortemReader reader;
  private final RecurrenceGuard guard;
  private final PermissionManager permissions;
  private final JiraAuthenticationContext authenticationContext;

  @Inject
  public RecurrencePanelBuilder(
      PostmortemReader reader,
      RecurrenceGuard guard,
      @ComponentImport PermissionManager permissions,
      @ComponentImport JiraAuthenticationContext authenticationContext) {
    this.reader = reader;
    this.guard = guard;
    this.permissions = permissions;
    this.authenticationContext = authenticationContext;
  }

  public RecurrencePanelView viewOf(Issue issue) {
    ApplicationUser viewer = authenticationContext.getLoggedInUser();
    I18nHelper i18n = authenticationContext.getI18nHelper();
    RecurrenceView view =
        RecurrenceView.of(guard.review(issue, reader.readWithIssues(issue), viewer));
    return new RecurrencePanelView(
        issue.getKey(),
        viewer != null && permissions.hasPermission(ProjectPermissions.EDIT_ISSUES, issue, viewer),
        view,
        view.hidden() == 0
            ? ""
            : i18n.getText("postmortem.recurrence.hidden", new Object[] {view.hidden()}),
        i18n.getText(
            view.capped()
                ? "postmortem.recurrence.compared.capped"
                : "postmortem.recurrence.compared",
            new Object[] {view.candidates(), CandidateSearch.CAP}));
  }
}
