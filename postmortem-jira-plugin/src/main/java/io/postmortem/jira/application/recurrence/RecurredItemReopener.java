package io.postmortem.jira.application.recurrence;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.config.properties.ApplicationProperties;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.jira.workflow.JiraWorkflow;
import com.atlassian.jira.workflow.WorkflowManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.opensymphony.workflow.loader.ActionDescriptor;
import com.opensymphony.workflow.loader.StepDescriptor;
import io.postmortem.core.incident.StatusCategory;
import io.postmortem.core.recurrence.Reopening;
import io.postmortem.jira.application.checklist.ProjectChecklistSettings;
import io.postmortem.jira.application.issue.IssueVisibility;
import io.postmortem.jira.application.issue.JiraMapping;
import io.postmortem.jira.application.issue.PostmortemConfiguration;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the done remediation items of an earlier postmortem back to work when the author of a later
 * one marks its incident as recurred, in projects whose setting {@code recurrence.reopenDoneItems}
 * is on. Jira's own transition service does it, as the author, through a transition of the item's
 * workflow that leads out of the done category, so the workflow's conditions, validators and
 * permissions hold; a refusal is reported, never thrown. Nothing is kept between calls: every node
 * decides from what Jira and the database hold.
 */
@Named
public class RecurredItemReopener {
  private static final Logger LOG = LoggerFactory.getLogger(RecurredItemReopener.class);

  private final PostmortemConfiguration configuration;
  private final EarlierRemediation remediation;
  private final ProjectChecklistSettings settings;
  private final IssueVisibility visibility;
  private final Jira jira;

  /** The Jira services that transition and comment. */
  public record Jira(
      PermissionManager permissions,
      IssueService issues,
      WorkflowManager workflows,
      CommentManager comments,
      I18nHelper.BeanFactory i18n,
      ApplicationProperties properties) {}

  @Inject
  public RecurredItemReopener(
      PostmortemConfiguration configuration,
      EarlierRemediation remediation,
      ProjectChecklistSettings settings,
      IssueVisibility visibility,
      @ComponentImport PermissionManager permissions,
      @ComponentImport IssueService issues,
      @ComponentImport WorkflowManager workflows,
      @ComponentImport CommentManager comments,
      @ComponentImport I18nHelper.BeanFactory i18n,
      @ComponentImport ApplicationProperties properties) {
    this(
        configuration,
        remediation,
        settings,
        visibility,
        new Jira(permissions, issues, workflows, comments, i18n, properties));
  }

  public RecurredItemReopener(
      PostmortemConfiguration configuration,
      EarlierRemediation remediation,
      ProjectChecklistSettings settings,
      IssueVisibility visibility,
      Jira jira) {
    this.configuration = configuration;
    this.remediation = remediation;
    this.settings = settings;
    this.visibility = visibility;
    this.jira = jira;
  }

  /**
   * Reopens the done items of the postmortems {@code earlier} stands for, as {@code actor}, with a
   * comment naming the recurrence in Jira's default language.
   *
   * @param later the postmortem whose author marked {@code earlier} as related
   */
  public Reopening.Outcome reopen(Issue later, Issue earlier, ApplicationUser actor) {
    JiraMapping mapping = configuration.current();
    List<Issue> items = remediation.itemsOf(remediation.postmortemsOf(earlier, mapping), mapping);
    Map<Long, Boolean> settingByProject = new HashMap<>();
    Reopening.Tally tally = new Reopening.Tally();
    for (Issue item : items) {
      boolean settingOn =
          settingByProject.computeIfAbsent(
              item.getProjectId(), id -> settings.of(id).reopenRecurredItems());
      switch (Reopening.decide(settingOn, isDone(item.getStatus()), mayTransition(item, actor))) {
        case REOPEN -> reopenOne(item, later, earlier, actor, tally);
        case HIDDEN -> tally.hidden();
        default -> {
          // open, or its project keeps done items closed
        }
      }
    }
    return tally.outcome();
  }

  /**
   * What the author is told, in their language: each item reopened, each Jira refused with its
   * reason, and how many they cannot see.
   */
  public List<String> messages(Reopening.Outcome outcome, ApplicationUser actor) {
    I18nHelper text = jira.i18n().getInstance(actor);
    List<String> lines = new ArrayList<>();
    outcome
        .reopened()
        .forEach(key -> lines.add(text.getText("postmortem.recurrence.reopen.done", key)));
    outcome
        .failures()
        .forEach(
            failure ->
                lines.add(
                    text.getText(
                        "postmortem.recurrence.reopen.failed", failure.key(), failure.reason())));
    if (outcome.hidden() > 0) {
      lines.add(text.getText("postmortem.recurrence.reopen.hidden", (Object) outcome.hidden()));
    }
    return lines;
  }

  private boolean mayTransition(Issue item, ApplicationUser actor) {
    return visibility.canBrowse(item, actor)
        && jira.permissions().hasPermission(ProjectPermissions.TRANSITION_ISSUES, item, actor);
  }

  private void reopenOne(
      Issue item, Issue later, Issue earlier, ApplicationUser actor, Reopening.Tally tally) {
    I18nHelper text = jira.i18n().getInstance(actor);
    try {
      OptionalInt action = Reopening.transition(transitionsOutOf(item));
      if (action.isEmpty()) {
        tally.failed(item.getKey(), text.getText("postmortem.recurrence.reopen.no-transition"));
        return;
      }
      IssueService.TransitionValidationResult validation =
          jira.issues()
              .validateTransition(
                  actor, item.getId(), action.getAsInt(), jira.issues().newIssueInputParameters());
      if (!validation.isValid()) {
        tally.failed(item.getKey(), reason(validation.getErrorCollection()));
        return;
      }
      IssueService.IssueResult result = jira.issues().transition(actor, validation);
      if (!result.isValid()) {
        tally.failed(item.getKey(), reason(result.getErrorCollection()));
        return;
      }
      jira.comments().create(item, actor, comment(later, earlier, actor), true);
      tally.reopened(item.getKey());
    } catch (RuntimeException e) {
      LOG.warn("Could not reopen {} after a recurrence", item.getKey(), e);
      tally.failed(item.getKey(), String.valueOf(e.getMessage()));
    }
  }

  /** Each transition out of the item's status, step actions first, then global ones. */
  private List<Reopening.Transition> transitionsOutOf(Issue item) {
    JiraWorkflow workflow = jira.workflows().getWorkflow(item);
    StepDescriptor step = workflow == null ? null : workflow.getLinkedStep(item.getStatus());
    if (step == null) {
      return List.of();
    }
    List<Reopening.Transition> transitions = new ArrayList<>();
    Stream.concat(
            actions(step.getActions()).stream(),
            actions(workflow.getDescriptor().getGlobalActions()).stream())
        .forEach(action -> target(workflow, action).ifPresent(transitions::add));
    return transitions;
  }

  private static Optional<Reopening.Transition> target(
      JiraWorkflow workflow, ActionDescriptor action) {
    if (action.getUnconditionalResult() == null) {
      return Optional.empty();
    }
    StepDescriptor to = workflow.getDescriptor().getStep(action.getUnconditionalResult().getStep());
    if (to == null) {
      return Optional.empty();
    }
    Status status = workflow.getLinkedStatusObject(to);
    return Optional.of(new Reopening.Transition(action.getId(), category(status)));
  }

  private static List<ActionDescriptor> actions(List<?> raw) {
    return raw == null
        ? List.of()
        : raw.stream()
            .filter(ActionDescriptor.class::isInstance)
            .map(ActionDescriptor.class::cast)
            .toList();
  }

  static boolean isDone(Status status) {
    return category(status) == StatusCategory.DONE;
  }

  private static StatusCategory category(Status status) {
    return status == null || status.getStatusCategory() == null
        ? StatusCategory.UNDEFINED
        : StatusCategory.ofJiraKey(status.getStatusCategory().getKey());
  }

  private String comment(Issue later, Issue earlier, ApplicationUser actor) {
    return jira.i18n()
        .getInstance(jira.properties().getDefaultLocale())
        .getText(
            "postmortem.recurrence.reopen.comment",
            later.getKey(),
            earlier.getKey(),
            actor.getDisplayName());
  }

  private static String reason(ErrorCollection errors) {
    if (errors == null) {
      return "";
    }
    return Stream.concat(errors.getErrorMessages().stream(), errors.getErrors().values().stream())
        .collect(Collectors.joining(" "));
  }
}
