package io.postmortem.jira.workflow;

import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.Validator;
import io.postmortem.core.postmortem.Severity;
import io.postmortem.jira.application.issue.IssueLinks;
import io.postmortem.jira.application.issue.JiraMapping;
import io.postmortem.jira.application.issue.PostmortemConfiguration;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Blocks closing an incident of the configured severities until a linked Postmortem has reached an
 * accepted status, so that no Sev-1 is closed and forgotten without its review.
 *
 * <p>This class name is stored in the XML of every workflow that uses the validator: never rename
 * or move it.
 */
public class IncidentPostmortemAcceptedValidator implements Validator {

  private static final Logger LOG =
      LoggerFactory.getLogger(IncidentPostmortemAcceptedValidator.class);

  private final JiraAuthenticationContext authenticationContext;
  private final IssueLinkManager issueLinkManager;
  private final StatusManager statusManager;
  private final PostmortemConfiguration configuration;

  @Inject
  public IncidentPostmortemAcceptedValidator(
      @ComponentImport JiraAuthenticationContext authenticationContext,
      @ComponentImport IssueLinkManager issueLinkManager,
      @ComponentImport StatusManager statusManager,
      PostmortemConfiguration configuration) {
    this.authenticationContext = authenticationContext;
    this.issueLinkManager = issueLinkManager;
    this.statusManager = statusManager;
    this.configuration = configuration;
  }

  @Override
  @SuppressWarnings("rawtypes")
  public void validate(Map transientVars, Map args, PropertySet ps) throws InvalidInputException {
    Issue incident = (Issue) transientVars.get("issue");
    IncidentPolicy policy = IncidentPolicy.parse(DescriptorArgs.stored(args));
    if (!policy.ignored().isEmpty()) {
      LOG.warn(
          "Incident postmortem validator on {}: ignoring stored arguments {}",
          incident.getKey(),
          policy.ignored());
    }
    JiraMapping mapping = configuration.current();
    Severity severity = configuration.severityOf(mapping, incident);
    if (!policy.requiresPostmortem(severity)) {
      return;
    }
    I18nHelper i18n = authenticationContext.getI18nHelper();
    if (mapping.postmortemLinkTypeId() == null || mapping.postmortemIssueTypeId() == null) {
      InvalidInputException notSetUp = new InvalidInputException();
      notSetUp.addError(i18n.getText("postmortem.validator.incident.not-set-up"));
      throw notSetUp;
    }
    List<Issue> postmortems = linkedPostmortems(incident, mapping);
    if (postmortems.stream().anyMatch(pm -> isAccepted(pm, policy))) {
      return;
    }
    throw rejection(incident, severity, postmortems, policy, i18n);
  }

  private List<Issue> linkedPostmortems(Issue incident, JiraMapping mapping) {
    return IssueLinks.of(issueLinkManager, incident.getId())
        .linked(mapping.postmortemLinkTypeId())
        .stream()
        .filter(
            other ->
                other.getIssueType() != null
                    && mapping.postmortemIssueTypeId().equals(other.getIssueType().getId()))
        .toList();
  }

  private static boolean isAccepted(Issue postmortem, IncidentPolicy policy) {
    if (policy.acceptedStatusIds().isEmpty()) {
      return postmortem.getResolutionDate() != null;
    }
    return postmortem.getStatus() != null
        && policy.acceptedStatusIds().contains(postmortem.getStatus().getId());
  }

  private InvalidInputException rejection(
      Issue incident,
      Severity severity,
      List<Issue> postmortems,
      IncidentPolicy policy,
      I18nHelper i18n) {
    String severityLabel = i18n.getText("postmortem.severity." + severity.name());
    InvalidInputException rejection = new InvalidInputException();
    if (postmortems.isEmpty()) {
      rejection.addError(
          i18n.getText(
              "postmortem.validator.incident.missing", List.of(incident.getKey(), severityLabel)));
      return rejection;
    }
    String accepted = acceptedStatusNames(policy, i18n);
    for (Issue postmortem : postmortems) {
      String status = postmortem.getStatus() == null ? "" : postmortem.getStatus().getName();
      rejection.addError(
          i18n.getText(
              "postmortem.validator.incident.not-accepted",
              List.of(incident.getKey(), severityLabel, postmortem.getKey(), status, accepted)));
    }
    return rejection;
  }

  private String acceptedStatusNames(IncidentPolicy policy, I18nHelper i18n) {
    if (policy.acceptedStatusIds().isEmpty()) {
      return i18n.getText("postmortem.validator.incident.resolved");
    }
    List<String> names = new ArrayList<>();
    for (Status status : statusManager.getStatuses()) {
      if (policy.acceptedStatusIds().contains(status.getId())) {
        names.add(status.getName());
      }
    }
    return String.join(", ", names.isEmpty() ? policy.acceptedStatusIds() : names);
  }
}
