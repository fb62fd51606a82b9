package io.postmortem.jira.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortem.core.checklist.ChecklistSettings;
import io.postmortem.core.checklist.ReviewDeadline;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.jira.application.checklist.MessageText;
import io.postmortem.jira.application.checklist.MessageTexts;
import io.postmortem.jira.application.checklist.ProjectChecklistSettings;
import io.postmortem.jira.application.issue.JiraTime;
import io.postmortem.jira.application.issue.PostmortemReader;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;

/**
 * Builds the "Next steps" panel of a postmortem: the review deadline from the same {@link
 * ReviewDeadline} the checklist rule uses, the open counter-proposals for its owner ({@link
 * OpenProposals}: one storage query for all items), and the risk acceptances.
 */
@Named
public class LifecyclePanelBuilder {

  private final PostmortemReader reader;
  private final ProjectChecklistSettings settings;
  private final JiraTime time;
  private final OpenProposals proposals;
  private final RiskRows risks;
  private final JiraAuthenticationContext authenticationContext;
  private final MessageTexts texts;

  @Inject
  public LifecyclePanelBuilder(
      PostmortemReader reader,
      ProjectChecklistSettings settings,
      JiraTime time,
      OpenProposals proposals,
      RiskRows risks,
      @ComponentImport JiraAuthenticationContext authenticationContext,
      MessageTexts texts) {
    this.reader = reader;
    this.settings = settings;
    this.time = time;
    this.proposals = proposals;
    this.risks = risks;
    this.authenticationContext = authenticationContext;
    this.texts = texts;
  }

  public LifecyclePanelView viewOf(Issue issue) {
    I18nHelper i18n = authenticationContext.getI18nHelper();
    MessageText text = texts.forViewer();
    Postmortem snapshot = reader.read(issue);
    ChecklistSettings checklist = settings.of(issue.getProjectId());
    LocalDate today = time.today();
    ReviewDeadline deadline = ReviewDeadline.of(snapshot, checklist).orElse(null);
    long left = deadline == null ? 0 : deadline.businessDaysLeft(today, checklist.calendar());
    boolean owner =
        issue.getAssignee() != null
            && authenticationContext.getLoggedInUser() != null
            && issue
                .getAssignee()
                .getKey()
                .equals(authenticationContext.getLoggedInUser().getKey());
    return new LifecyclePanelView(
        issue.getKey(),
        deadline == null ? "" : text.day(deadline.deadline()),
        deadline == null ? "" : daysLeft(i18n, left, snapshot.reviewMeetingOn() != null),
        left < 0 && snapshot.reviewMeetingOn() == null
            ? "error"
            : left <= 1 ? "current" : "success",
        owner,
        owner ? proposals.of(issue, text) : List.of(),
        risks.mayAccept(issue),
        risks.of(issue, today, i18n, text));
  }

  private static String daysLeft(I18nHelper i18n, long left, boolean held) {
    if (held) {
      return i18n.getText("postmortem.lifecycle.deadline.held");
    }
    if (left == 0) {
      return i18n.getText("postmortem.lifecycle.deadline.today");
    }
    return left > 0
        ? i18n.getText("postmortem.lifecycle.deadline.left", new Object[] {left})
        : i18n.getText("postmortem.lifecycle.deadline.late", new Object[] {-left});
  }
}
