package io.postmortem.jira.workflow;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.Validator;
import io.postmortem.core.checklist.ChecklistEngine;
import io.postmortem.core.checklist.ChecklistReport;
import io.postmortem.core.checklist.ChecklistSettings;
import io.postmortem.core.checklist.ParsedSettings;
import io.postmortem.core.checklist.StandardChecklist;
import io.postmortem.core.checklist.Violation;
import io.postmortem.jira.application.checklist.ProjectChecklistSettings;
import io.postmortem.jira.application.checklist.ViolationText;
import io.postmortem.jira.application.issue.JiraTime;
import io.postmortem.jira.application.issue.PostmortemReader;
import jakarta.inject.Inject;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the postmortem checklist on a transition and refuses it while a blocking rule fails, naming
 * every blocking violation at once so the author fixes the postmortem in one pass. Warnings never
 * block; the issue panel shows them.
 *
 * <p>This class name is stored in the XML of every workflow that uses the validator: never rename
 * or move it.
 */
public class PostmortemChecklistValidator implements Validator {

  private static final Logger LOG = LoggerFactory.getLogger(PostmortemChecklistValidator.class);

  private final JiraAuthenticationContext authenticationContext;
  private final PostmortemReader reader;
  private final JiraTime time;
  private final ProjectChecklistSettings projectSettings;
  private final ChecklistEngine engine;

  @Inject
  public PostmortemChecklistValidator(
      @ComponentImport JiraAuthenticationContext authenticationContext,
      PostmortemReader reader,
      JiraTime time,
      ProjectChecklistSettings projectSettings) {
    this(authenticationContext, reader, time, projectSettings, StandardChecklist.engine());
  }

  PostmortemChecklistValidator(
      JiraAuthenticationContext authenticationContext,
      PostmortemReader reader,
      JiraTime time,
      ProjectChecklistSettings projectSettings,
      ChecklistEngine engine) {
    this.authenticationContext = authenticationContext;
    this.reader = reader;
    this.time = time;
    this.projectSettings = projectSettings;
    this.engine = engine;
  }

  @Override
  @SuppressWarnings("rawtypes")
  public void validate(Map transientVars, Map args, PropertySet ps) throws InvalidInputException {
    Issue issue = (Issue) transientVars.get("issue");
    ChecklistReport report;
    try {
      report = engine.evaluate(reader.read(issue), settingsFor(issue, args), time.today());
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
    I18nHelper i18n = authenticationContext.getI18nHelper();
    InvalidInputException rejection = new InvalidInputException();
    for (Violation violation : report.blocking()) {
      rejection.addError(ViolationText.format(violation, i18n));
    }
    throw rejection;
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
