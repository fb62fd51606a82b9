package io.postmortem.jira.workflow;

import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortem.core.postmortem.Severity;
import io.postmortem.jira.application.checklist.Choice;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workflow editor's side of {@link IncidentPostmortemAcceptedValidator}: the form, and the
 * sentence that describes the configured validator.
 *
 * <p>This class name is stored in the XML of every workflow that uses the validator: never rename
 * or move it.
 */
public class IncidentPostmortemAcceptedValidatorFactory extends ValidatorFactoryBase {

  private static final Logger LOG =
      LoggerFactory.getLogger(IncidentPostmortemAcceptedValidatorFactory.class);

  private final JiraAuthenticationContext authenticationContext;
  private final StatusManager statusManager;

  @Inject
  public IncidentPostmortemAcceptedValidatorFactory(
      @ComponentImport JiraAuthenticationContext authenticationContext,
      @ComponentImport StatusManager statusManager) {
    this.authenticationContext = authenticationContext;
    this.statusManager = statusManager;
  }

  @Override
  void putFormParams(Map<String, Object> params, Map<String, String> stored) {
    IncidentPolicy policy = stored.isEmpty() ? IncidentPolicy.defaults() : policyOf(stored);
    params.put("severityChoices", severityChoices(policy, authenticationContext.getI18nHelper()));
    params.put("statusChoices", statusChoices(policy));
  }

  @Override
  void putViewParams(Map<String, Object> params, Map<String, String> stored) {
    IncidentPolicy policy = policyOf(stored);
    params.put(
        "severities",
        String.join(", ", chosen(severityChoices(policy, authenticationContext.getI18nHelper()))));
    params.put("statuses", String.join(", ", chosen(statusChoices(policy))));
    params.put("untilResolved", policy.acceptedStatusIds().isEmpty());
    params.put("ignored", policy.ignored());
  }

  /** Keeps what makes sense of the submitted form; the rest is logged and left out. */
  @Override
  public Map<String, ?> getDescriptorParams(Map<String, Object> formParams) {
    IncidentPolicy policy = IncidentPolicy.parse(DescriptorArgs.submitted(formParams));
    if (!policy.ignored().isEmpty()) {
      LOG.warn("Incident postmortem validator form: ignoring {}", policy.ignored());
    }
    return policy.toMap();
  }

  private static IncidentPolicy policyOf(Map<String, String> stored) {
    IncidentPolicy policy = IncidentPolicy.parse(stored);
    if (!policy.ignored().isEmpty()) {
      LOG.warn("Incident postmortem validator: ignoring stored arguments {}", policy.ignored());
    }
    return policy;
  }

  private static List<Choice> severityChoices(IncidentPolicy policy, I18nHelper i18n) {
    List<Choice> choices = new ArrayList<>();
    for (Severity severity : Severity.values()) {
      if (severity != Severity.NONE) {
        choices.add(
            new Choice(
                severity.name(),
                i18n.getText("postmortem.severity." + severity.name()),
                policy.severities().contains(severity)));
      }
    }
    return choices;
  }

  private List<Choice> statusChoices(IncidentPolicy policy) {
    List<Choice> choices = new ArrayList<>();
    for (Status status : statusManager.getStatuses()) {
      choices.add(
          new Choice(
              status.getId(),
              status.getName(),
              policy.acceptedStatusIds().contains(status.getId())));
    }
    return choices;
  }

  private static List<String> chosen(List<Choice> choices) {
    return choices.stream().filter(Choice::selected).map(Choice::label).toList();
  }
}
