package io.postmortem.jira.workflow;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.Validator;
import io.postmortem.core.postmortem.PriorityLevel;
import io.postmortem.core.remediation.VerifiedFix;
import io.postmortem.jira.application.issue.FieldRole;
import io.postmortem.jira.application.issue.IssueLinks;
import io.postmortem.jira.application.issue.JiraMapping;
import io.postmortem.jira.application.issue.PostmortemConfiguration;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses to close a Critical or High remediation item until its "Verification evidence" field says
 * how the fix was shown to work. Any other issue passes, so the validator may sit on a workflow
 * that other issue types share: an issue is a remediation item when it has the Remediation action
 * type or a postmortem links to it as remediation.
 *
 * <p>This class name is stored in the XML of every workflow that uses the validator: never rename
 * or move it.
 */
public class VerifiedFixValidator implements Validator {

  private static final Logger LOG = LoggerFactory.getLogger(VerifiedFixValidator.class);

  private final JiraAuthenticationContext authenticationContext;
  private final IssueLinkManager issueLinkManager;
  private final PostmortemConfiguration configuration;

  @Inject
  public VerifiedFixValidator(
      @ComponentImport JiraAuthenticationContext authenticationContext,
      @ComponentImport IssueLinkManager issueLinkManager,
      PostmortemConfiguration configuration) {
    this.authenticationContext = authenticationContext;
    this.issueLinkManager = issueLinkManager;
    this.configuration = configuration;
  }

  @Override
  @SuppressWarnings("rawtypes")
  public void validate(Map transientVars, Map args, PropertySet ps) throws InvalidInputException {
    Issue item = (Issue) transientVars.get("issue");
    I18nHelper i18n = authenticationContext.getI18nHelper();
    Optional<String> refusal;
    try {
      refusal = refusalOf(item, i18n);
    } catch (RuntimeException e) {
      LOG.error(
          "Verified-fix validator could not check {}", item == null ? null : item.getKey(), e);
      refusal = Optional.of(i18n.getText("postmortem.verified-fix.failed"));
    }
    if (refusal.isPresent()) {
      InvalidInputException exception = new InvalidInputException();
      exception.addError(refusal.get());
      throw exception;
    }
  }

  private Optional<String> refusalOf(Issue item, I18nHelper i18n) {
    JiraMapping mapping = configuration.current();
    PriorityLevel level = configuration.priorityLevelOf(item.getPriority());
    if (!VerifiedFix.required(level) || !isRemediationItem(item, mapping)) {
      return Optional.empty();
    }
    CustomField field = configuration.fields(mapping).get(FieldRole.VERIFICATION);
    if (field == null) {
      return Optional.of(i18n.getText("postmortem.verified-fix.not-set-up"));
    }
    Object value = item.getCustomFieldValue(field);
    return VerifiedFix.gap(level, value == null ? null : String.valueOf(value))
        .map(
            gap ->
                i18n.getText(
                    "postmortem.verified-fix." + gap.name(),
                    List.of(
                        item.getKey(),
                        i18n.getText("postmortem.level." + level.name()),
                        field.getName())));
  }

  private boolean isRemediationItem(Issue item, JiraMapping mapping) {
    String type = item.getIssueType() == null ? null : item.getIssueType().getId();
    if (type != null && type.equals(mapping.remediationSubTaskTypeId())) {
      return true;
    }
    Long link = mapping.remediationLinkTypeId();
    return link != null && !IssueLinks.of(issueLinkManager, item.getId()).linked(link).isEmpty();
  }
}
