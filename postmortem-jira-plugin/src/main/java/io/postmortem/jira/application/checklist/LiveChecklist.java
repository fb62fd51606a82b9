package io.postmortem.jira.application.checklist;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortem.core.checklist.Argument;
import io.postmortem.core.checklist.ChecklistEngine;
import io.postmortem.core.checklist.ChecklistReport;
import io.postmortem.core.checklist.HiddenIssues;
import io.postmortem.core.checklist.RuleExcerpt;
import io.postmortem.core.checklist.RuleOutcome;
import io.postmortem.core.checklist.StandardChecklist;
import io.postmortem.core.checklist.TimelineMetrics;
import io.postmortem.core.checklist.Violation;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.jira.application.issue.IssueVisibility;
import io.postmortem.jira.application.issue.JiraTime;
import io.postmortem.jira.application.issue.PostmortemReader;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a postmortem and runs the standard checklist on it, with the messages in the reader's
 * language: what the REST endpoint answers and the issue panel shows. It uses the project's
 * checklist settings (the defaults when the project saved none), the same ones the checklist
 * validator applies unless a workflow admin configured it with settings of its own.
 */
@Named
public final class LiveChecklist {

  /** Where each rule's page is published (docs/rules/&lt;id&gt;.md in the project). */
  public static final String DOCS_BASE =
      "https://github.com/postmortem-io/blameless-postmortems-for-jira/blob/main/docs/rules/";

  private final PostmortemReader reader;
  private final JiraTime time;
  private final JiraAuthenticationContext authenticationContext;
  private final ProjectChecklistSettings projectSettings;
  private final IssueVisibility visibility;
  private final MessageTexts texts;
  private final ChecklistEngine engine;

  @Inject
  public LiveChecklist(
      PostmortemReader reader,
      JiraTime time,
      @ComponentImport JiraAuthenticationContext authenticationContext,
      ProjectChecklistSettings projectSettings,
      IssueVisibility visibility,
      MessageTexts texts) {
    this(
        reader,
        time,
        authenticationContext,
        projectSettings,
        visibility,
        texts,
        StandardChecklist.engine());
  }

  LiveChecklist(
      PostmortemReader reader,
      JiraTime time,
      JiraAuthenticationContext authenticationContext,
      ProjectChecklistSettings projectSettings,
      IssueVisibility visibility,
      MessageTexts texts,
      ChecklistEngine engine) {
    this.reader = reader;
    this.time = time;
    this.authenticationContext = authenticationContext;
    this.projectSettings = projectSettings;
    this.visibility = visibility;
    this.texts = texts;
    this.engine = engine;
  }

  /** The checklist of a postmortem issue the caller has already been allowed to see. */
  public ChecklistView of(Issue postmortem) {
    return of(postmortem, reader.readWithIssues(postmortem));
  }

  /**
   * The checklist of a postmortem already read, for callers that show it too. Judged on every item;
   * the messages leave out the items the caller cannot browse and count them instead.
   */
  public ChecklistView of(Issue postmortem, PostmortemReader.Reading reading) {
    Postmortem snapshot = reading.postmortem();
    ChecklistReport report =
        engine.evaluate(snapshot, projectSettings.of(postmortem.getProjectId()), time.today());
    HiddenIssues hidden =
        visibility.hiddenAmong(reading.linkedIssues(), authenticationContext.getLoggedInUser());
    MessageText text = texts.forViewer();
    List<ChecklistView.RuleView> rules =
        report.results().stream()
            .map(result -> rule(RuleExcerpt.of(result, hidden), text))
            .toList();
    return new ChecklistView(
        snapshot.key(), report.blocksTransition(), rules, metrics(report.metrics()));
  }

  private static ChecklistView.RuleView rule(RuleExcerpt excerpt, MessageText text) {
    List<ChecklistView.MessageView> messages = new ArrayList<>();
    excerpt.shown().forEach(v -> messages.add(message(v, text)));
    if (excerpt.hiddenIssues() > 0) {
      messages.add(
          new ChecklistView.MessageView(
              excerpt.outcome() == RuleOutcome.FAILED ? "BLOCK" : "WARN",
              text.hiddenIssues(excerpt.hiddenIssues()),
              ChecklistView.HIDDEN_ISSUES,
              "",
              null,
              null));
    }
    return new ChecklistView.RuleView(
        excerpt.ruleId(), excerpt.outcome().name(), DOCS_BASE + excerpt.ruleId() + ".md", messages);
  }

  private static ChecklistView.MessageView message(Violation violation, MessageText text) {
    Optional<Argument.Finding> finding = violation.first(Argument.Finding.class);
    return new ChecklistView.MessageView(
        violation.severity().name(),
        text.format(violation),
        violation.subject().kind().name(),
        violation.subject().ref(),
        finding.map(Argument.Finding::phrase).orElse(null),
        finding.map(Argument.Finding::fingerprint).orElse(null));
  }

  private static ChecklistView.MetricsView metrics(TimelineMetrics metrics) {
    return new ChecklistView.MetricsView(
        minutes(metrics.detect()), minutes(metrics.mitigate()), minutes(metrics.resolve()));
  }

  private static Long minutes(Optional<Duration> duration) {
    return duration.map(Duration::toMinutes).orElse(null);
  }
}
