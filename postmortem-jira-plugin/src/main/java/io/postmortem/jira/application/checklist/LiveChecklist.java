package io.postmortem.jira.application.checklist;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortem.core.checklist.ChecklistEngine;
import io.postmortem.core.checklist.ChecklistReport;
import io.postmortem.core.checklist.RuleResult;
import io.postmortem.core.checklist.StandardChecklist;
import io.postmortem.core.checklist.TimelineMetrics;
import io.postmortem.core.checklist.Violation;
import io.postmortem.core.checklist.rule.BlamelessLanguageRule;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.jira.application.issue.JiraTime;
import io.postmortem.jira.application.issue.PostmortemReader;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
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
  private final ChecklistEngine engine;

  @Inject
  public LiveChecklist(
      PostmortemReader reader,
      JiraTime time,
      @ComponentImport JiraAuthenticationContext authenticationContext,
      ProjectChecklistSettings projectSettings) {
    this(reader, time, authenticationContext, projectSettings, StandardChecklist.engine());
  }

  LiveChecklist(
      PostmortemReader reader,
      JiraTime time,
      JiraAuthenticationContext authenticationContext,
      ProjectChecklistSettings projectSettings,
      ChecklistEngine engine) {
    this.reader = reader;
    this.time = time;
    this.authenticationContext = authenticationContext;
    this.projectSettings = projectSettings;
    this.engine = engine;
  }

  /** The checklist of a postmortem issue the caller has already been allowed to see. */
  public ChecklistView of(Issue postmortem) {
    return of(postmortem, reader.read(postmortem));
  }

  /** The checklist of {@code postmortem}'s snapshot already read, for callers that show it too. */
  public ChecklistView of(Issue postmortem, Postmortem snapshot) {
    ChecklistReport report =
        engine.evaluate(snapshot, projectSettings.of(postmortem.getProjectId()), time.today());
    I18nHelper i18n = authenticationContext.getI18nHelper();
    List<ChecklistView.RuleView> rules =
        report.results().stream().map(result -> rule(result, i18n)).toList();
    return new ChecklistView(
        snapshot.key(), report.blocksTransition(), rules, metrics(report.metrics()));
  }

  private static ChecklistView.RuleView rule(RuleResult result, I18nHelper i18n) {
    return new ChecklistView.RuleView(
        result.ruleId(),
        result.outcome().name(),
        DOCS_BASE + result.ruleId() + ".md",
        result.violations().stream().map(v -> message(v, i18n)).toList());
  }

  private static ChecklistView.MessageView message(Violation violation, I18nHelper i18n) {
    boolean finding =
        BlamelessLanguageRule.ID.equals(violation.ruleId()) && violation.args().size() >= 5;
    return new ChecklistView.MessageView(
        violation.severity().name(),
        ViolationText.format(violation, i18n),
        violation.subject().kind().name(),
        violation.subject().ref(),
        finding ? String.valueOf(violation.args().get(0)) : null,
        finding ? String.valueOf(violation.args().get(4)) : null);
  }

  private static ChecklistView.MetricsView metrics(TimelineMetrics metrics) {
    return new ChecklistView.MetricsView(
        minutes(metrics.detect()), minutes(metrics.mitigate()), minutes(metrics.resolve()));
  }

  private static Long minutes(Optional<Duration> duration) {
    return duration.map(Duration::toMinutes).orElse(null);
  }
}
