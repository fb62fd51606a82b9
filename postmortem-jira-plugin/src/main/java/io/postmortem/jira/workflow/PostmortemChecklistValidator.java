package io.postmortem.jira.workflow;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.Validator;
import io.postmortem.core.checklist.Argument;
import io.postmortem.core.checklist.ChecklistEngine;
import io.postmortem.core.checklist.ChecklistReport;
import io.postmortem.core.checklist.ChecklistSettings;
import io.postmortem.core.checklist.HiddenIssues;
import io.postmortem.core.checklist.ParsedSettings;
import io.postmortem.core.checklist.RuleExcerpt;
import io.postmortem.core.checklist.RuleOutcome;
import io.postmortem.core.checklist.RuleResult;
import io.postmortem.core.checklist.StandardChecklist;
import io.postmortem.core.checklist.Violation;
import io.postmortem.jira.application.checklist.MessageText;
import io.postmortem.jira.application.checklist.MessageTexts;
import io.postmortem.jira.application.checklist.ProjectChecklistSettings;
import io.postmortem.jira.application.issue.IssueVisibility;
import io.postmortem.jira.application.issue.JiraTime;
import io.postmortem.jira.application.issue.PostmortemReader;
import jakarta.inject.Inject;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the postmortem checklist on a transition and refuses it while a blocking rule fails, naming
 * every failing rule at once so the author fixes the postmortem in one pass. Each rule shows at
 * most {@value #LINES_PER_RULE} of its violations and how many more the checklist on the issue
 * lists, so ten thousand items make a refusal of a few lines, not thousands. Violations about
 * issues the user cannot browse are counted, never named. Warnings never block; the issue panel
 * shows them.
 *
 * <p>This class name is stored in the XML of every workflow that uses the validator: never rename
 * or move it.
 */
public class PostmortemChecklistValidator implements Validator {

  private static final Logger LOG = LoggerFactory.getLogger(PostmortemChecklistValidator.class);

  /** Enough to act on at once; the panel and REST list the rest. */
  static final int LINES_PER_RULE = 5;

  private final JiraAuthenticationContext authenticationContext;
  private final PostmortemReader reader;
  private final JiraTime time;
  private final ProjectChecklistSettings projectSettings;
  private final IssueVisibility visibility;
  private final MessageTexts texts;
  private final ChecklistEngine engine;

  @Inject
  public PostmortemChecklistValidator(
      @ComponentImport JiraAuthenticationContext authenticationContext,
      PostmortemReader reader,
      JiraTime time,
      ProjectChecklistSettings projectSettings,
      IssueVisibility visibility,
      MessageTexts texts) {
    this(
        authenticationContext,
        reader,
        time,
        projectSettings,
        visibility,
        texts,
        StandardChecklist.engine());
  }

  PostmortemChecklistValidator(
      JiraAuthenticationContext authenticationContext,
      PostmortemReader reader,
      JiraTime time,
      ProjectChecklistSettings projectSettings,
      IssueVisibility visibility,
      MessageTexts texts,
      ChecklistEngine engine) {
    this.authenticationContext = authenticationContext;
    this.reader = reader;
    this.time = time;
    this.projectSettings = projectSettings;
    this.visibility = visibility;
    this.texts = texts;
    this.engine = engine;
  }

  @Override
  @SuppressWarnings("rawtypes")
  public void validate(Map transientVars, Map args, PropertySet ps) throws InvalidInputException {
    Issue issue = (Issue) transientVars.get("issue");
    ChecklistReport report;
    HiddenIssues hidden;
    try {
      PostmortemReader.Reading reading = reader.readWithIssues(issue);
      report = engine.evaluate(reading.postmortem(), settingsFor(issue, args), time.today());
      hidden =
          report.blocksTransition()
              ? visibility.hiddenAmong(
                  reading.linkedIssues(), authenticationContext.getLoggedInUser())
              : HiddenIssues.none();
    } catch (RuntimeException e) {
      LOG.error("Postmortem checklist could not be evaluated on {}", issue.getKey(), e);
      InvalidInputException failure = new InvalidInputException();
      failure.addError(
          authenticationContext.getI18nHelper().getText("postmortem.validator.checklist.failed"));
      throw failure;
    }
    if (!report.blocksTransition()) {
      return;
    }
    MessageText text = texts.forViewer();
    InvalidInputException rejection = new InvalidInputException();
    for (RuleResult result : report.results()) {
      if (result.outcome() == RuleOutcome.FAILED) {
        refuse(RuleExcerpt.of(result, hidden, LINES_PER_RULE), text, rejection);
      }
    }
    throw rejection;
  }

  private static void refuse(
      RuleExcerpt excerpt, MessageText text, InvalidInputException rejection) {
    for (Violation violation : excerpt.shown()) {
      rejection.addError(text.format(violation));
    }
    if (excerpt.more() > 0) {
      rejection.addError(
          text.format("postmortem.validator.checklist.more", Argument.count(excerpt.more())));
    }
    if (excerpt.hiddenIssues() > 0) {
      rejection.addError(text.hiddenIssues(excerpt.hiddenIssues()));
    }
  }

  /** The project's settings, unless the workflow admin configured this validator's own. */
  @SuppressWarnings("rawtypes")
  private ChecklistSettings settingsFor(Issue issue, Map args) {
    Map<String, String> stored = DescriptorArgs.stored(args);
    ParsedSettings parsed = ChecklistArgs.parseStored(stored);
    if (ChecklistArgs.usesProjectSettings(stored, parsed)) {
      return projectSettings.of(issue.getProjectId());
    }
    if (!parsed.isValid()) {
      LOG.warn(
          "Postmortem checklist validator on {}: stored settings {} make no sense, defaults apply",
          issue.getKey(),
          parsed.errors());
    }
    return parsed.settings();
  }
}
