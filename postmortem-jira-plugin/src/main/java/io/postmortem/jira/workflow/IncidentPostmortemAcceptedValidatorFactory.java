package io.postmortem.jira.workflow;

import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.plugin.workflow.AbstractWorkflowPluginFactory;
import com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.opensymphony.workflow.loader.AbstractDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import io.postmortem.core.postmortem.Severity;
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
public class IncidentPostmortemAcceptedValidatorFactory extends AbstractWorkflowPluginFactory
    implements WorkflowPluginValidatorFactory {

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
  protected void getVelocityParamsForInput(Map<String, Object> velocityParams) {
    putChoices(velocityParams, IncidentPolicy.defaults());
  }

  @Override
  protected void getVelocityParamsForEdit(
      Map<String, Object> velocityParams, AbstractDescriptor descriptor) {
    putChoices(velocityParams, policyOf(descriptor));
  }

  @Override
  protected void getVelocityParamsForView(
      Map<String, Object> velocityParams, AbstractDescriptor descriptor) {
    IncidentPolicy policy = policyOf(descriptor);
    velocityParams.put(
        "severities",
        String.join(
            ", ",
            chosen(severityChoices(policy, authenticationContext.getI18nHelper()))));
    velocityParams.put("statuses", String.join(", ", chosen(statusChoices(policy))));
    velocityParams.put("untilResolved", policy.acceptedStatusIds().isEmpty());
    velocityParams.put("ignored", policy.ignored());
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

  private void putChoices(Map<String, Object> velocityParams, IncidentPolicy policy) {
    velocityParams.put(
        "severityChoices", severityChoices(policy, authenticationContext.getI18nHelper()));
    velocityParams.put("statusChoices", statusChoices(policy));
  }

  private static IncidentPolicy policyOf(AbstractDescriptor descriptor) {
    Map<?, ?> args =
        descriptor instanceof ValidatorDescriptor validator ? validator.getArgs() : Map.of();
    IncidentPolicy policy = IncidentPolicy.parse(DescriptorArgs.stored(args));
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
