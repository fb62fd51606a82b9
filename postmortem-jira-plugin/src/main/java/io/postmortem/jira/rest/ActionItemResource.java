package io.postmortem.jira.rest;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.postmortem.core.checklist.DueDateLimits;
import io.postmortem.core.postmortem.Horizon;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.jira.application.checklist.ProjectChecklistSettings;
import io.postmortem.jira.application.issue.ActionItemCreator;
import io.postmortem.jira.application.issue.IssueAccess;
import io.postmortem.jira.application.issue.JiraMapping;
import io.postmortem.jira.application.issue.JiraTime;
import io.postmortem.jira.application.issue.NewActionItem;
import io.postmortem.jira.application.issue.PostmortemConfiguration;
import io.postmortem.jira.application.issue.PostmortemReader;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * "Add action item" on a postmortem: {@code GET form} lists what the dialog offers, {@code POST}
 * creates the item (JSON only, which keeps it XSRF-safe). The caller must be allowed to edit the
 * postmortem (404 when they cannot see it, 403 when they cannot change it) and to create issues in
 * the chosen project.
 */
@Named
@LicensedOnly
@Path("postmortems/{key}/action-items")
@Produces(MediaType.APPLICATION_JSON)
public class ActionItemResource {

  private final IssueAccess access;
  private final PostmortemReader reader;
  private final ProjectChecklistSettings settings;
  private final PostmortemConfiguration configuration;
  private final ActionItemInput input;
  private final ActionItemCreator creator;
  private final JiraTime time;
  private final JiraAuthenticationContext authenticationContext;

  @Inject
  public ActionItemResource(
      IssueAccess access,
      PostmortemReader reader,
      ProjectChecklistSettings settings,
      PostmortemConfiguration configuration,
      ActionItemInput input,
      ActionItemCreator creator,
      JiraTime time,
      @ComponentImport JiraAuthenticationContext authenticationContext) {
    this.access = access;
    this.reader = reader;
    this.settings = settings;
    this.configuration = configuration;
    this.input = input;
    this.creator = creator;
    this.time = time;
    this.authenticationContext = authenticationContext;
  }

  @GET
  @Path("form")
  public ActionItemForm form(@PathParam("key") String key) {
    Issue postmortem = access.editable(key);
    Postmortem snapshot = reader.read(postmortem);
    DueDateLimits limits = settings.of(postmortem.getProjectId()).dueDateLimits();
    JiraMapping mapping = configuration.current();
    I18nHelper i18n = authenticationContext.getI18nHelper();
    List<Priority> priorities = input.priorities();
    List<ActionItemForm.LatestDueDate> latest = new ArrayList<>();
    for (Priority priority : priorities) {
      for (Horizon horizon : Horizon.values()) {
        LocalDate date = ActionItemInput.latest(limits, snapshot, mapping, priority, horizon);
        latest.add(
            new ActionItemForm.LatestDueDate(priority.getId(), horizon.name(), date.toString()));
      }
    }
    return new ActionItemForm(
        projects(postmortem, access.currentUser(), i18n),
        priorities.stream().map(p -> new ActionItemForm.Choice(p.getId(), p.getName())).toList(),
        Arrays.stream(Horizon.values())
            .map(h -> new ActionItemForm.Choice(h.name(), i18n.getText(horizonKey(h))))
            .toList(),
        latest);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(@PathParam("key") String key, ActionItemRequest body) {
    Issue postmortem = access.editable(key);
    ActionItemRequest request = RequestFields.body(body);
    ApplicationUser caller = access.currentUser();
    Postmortem snapshot = reader.read(postmortem);
    DueDateLimits limits = settings.of(postmortem.getProjectId()).dueDateLimits();
    NewActionItem item = input.read(request, postmortem, snapshot, limits, caller, time.today());
    JiraMapping mapping = configuration.current();
    Issue created =
        creator.create(postmortem, item, caller, mapping, configuration.fields(mapping));
    return Response.status(Response.Status.CREATED)
        .entity(
            Map.of(
                "key", created.getKey(),
                "subTask", item.subTask(),
                "dueDate", item.dueDate().toString()))
        .build();
  }

  /** The postmortem's own project first, then the others by name. */
  private List<ActionItemForm.ProjectChoice> projects(
      Issue postmortem, ApplicationUser caller, I18nHelper i18n) {
    return input.creatable(caller).stream()
        .sorted(
            Comparator.comparing((Project p) -> !p.getId().equals(postmortem.getProjectId()))
                .thenComparing(p -> p.getName().toLowerCase(Locale.ROOT)))
        .map(p -> projectChoice(p, p.getId().equals(postmortem.getProjectId()), i18n))
        .toList();
  }

  private static ActionItemForm.ProjectChoice projectChoice(
      Project project, boolean subTask, I18nHelper i18n) {
    String kind =
        i18n.getText(
            subTask ? "postmortem.item.project.subtask" : "postmortem.item.project.linked");
    return new ActionItemForm.ProjectChoice(
        project.getKey(),
        project.getName(),
        subTask,
        project.getName() + " (" + project.getKey() + ") \u2013 " + kind);
  }

  private static String horizonKey(Horizon horizon) {
    return "postmortem.panel.horizon." + horizon.name();
  }
}
