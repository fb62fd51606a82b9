package io.postmortem.jira.rest;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.postmortem.core.creation.PostmortemDraft;
import io.postmortem.core.postmortem.TimelineEvent;
import io.postmortem.core.postmortem.TimelineEventKind;
import io.postmortem.jira.application.http.RestErrors;
import io.postmortem.jira.application.issue.IncidentHistory;
import io.postmortem.jira.application.issue.IncidentPostmortems;
import io.postmortem.jira.application.issue.IssueAccess;
import io.postmortem.jira.application.issue.JiraMapping;
import io.postmortem.jira.application.issue.JiraTime;
import io.postmortem.jira.application.issue.PostmortemConfiguration;
import io.postmortem.jira.application.issue.PostmortemCreation;
import io.postmortem.jira.storage.TimelineStore;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The "Create postmortem" dialog's API: the draft pre-filled from the incident, and the creation.
 * 404 when the caller cannot browse the incident, 403 when they may not create issues in the
 * project its postmortems go to; JSON bodies only, so a cross-site form cannot post here.
 */
@Named
@LicensedOnly
@Path("incidents/{key}")
@Produces(MediaType.APPLICATION_JSON)
public class IncidentPostmortemResource {

  static final int MAX_SUGGESTIONS = 100;
  static final int MAX_TIMELINE = MAX_SUGGESTIONS;
  static final String KEY_NO_CREATE = "postmortem.create.error.no-create-permission";
  static final String KEY_NOT_INCIDENT = "postmortem.create.error.not-an-incident";
  static final String KEY_NO_USER = "postmortem.auto.error.no-such-user";
  static final String KEY_TOO_MANY_EVENTS = "postmortem.create.error.too-many-events";

  private final IssueAccess access;
  private final IncidentPostmortems incidents;
  private final IncidentHistory history;
  private final PostmortemCreation creation;
  private final TimelineStore timeline;
  private final Jira jira;

  /** The Jira services this resource reads besides the app's own. */
  @Named
  public static class Jira {
    final PostmortemConfiguration configuration;
    final PermissionManager permissions;
    final UserManager users;
    final JiraAuthenticationContext authentication;
    final JiraTime time;

    @Inject
    public Jira(
        PostmortemConfiguration configuration,
        @ComponentImport PermissionManager permissions,
        @ComponentImport UserManager users,
        @ComponentImport JiraAuthenticationContext authentication,
        JiraTime time) {
      this.configuration = configuration;
      this.permissions = permissions;
      this.users = users;
      this.authentication = authentication;
      this.time = time;
    }
  }

  @Inject
  public IncidentPostmortemResource(
      IssueAccess access,
      IncidentPostmortems incidents,
      IncidentHistory history,
      PostmortemCreation creation,
      TimelineStore timeline,
      Jira jira) {
    this.access = access;
    this.incidents = incidents;
    this.history = history;
    this.creation = creation;
    this.timeline = timeline;
    this.jira = jira;
  }

  @GET
  @Path("postmortem-draft")
  public PostmortemDraftView draft(@PathParam("key") String key) {
    Issue incident = access.browsable(key);
    JiraMapping mapping = jira.configuration.current();
    Project project = creatableProject(mapping, incident);
    ApplicationUser user = access.currentUser();
    I18nHelper i18n = jira.authentication.getI18nHelper();
    PostmortemDraft draft = incidents.draft(mapping, incident, user);
    List<TimelineEventView> suggestions =
        history.events(List.of(incident), user, i18n).stream()
            .sorted(Comparator.comparing(TimelineEvent::at))
            .limit(MAX_SUGGESTIONS)
            .map(TimelineEventView::of)
            .toList();
    return new PostmortemDraftView(
        incident.getKey(),
        project.getKey(),
        IncidentPostmortems.summary(draft, i18n),
        draft.facilitator(),
        draft.severity().name(),
        suggestions);
  }

  @POST
  @Path("postmortems")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(@PathParam("key") String key, CreatePostmortemRequest body) {
    Issue incident = access.browsable(key);
    JiraMapping mapping = jira.configuration.current();
    Project project = creatableProject(mapping, incident);
    CreatePostmortemRequest request = RequestFields.body(body);
    String summary = RequestFields.text("summary", request.summary(), PostmortemDraft.SUMMARY_MAX);
    String facilitator =
        RequestFields.optionalText("facilitator", request.facilitator(), RequestFields.SHORT_MAX);
    if (!facilitator.isEmpty() && jira.users.getUserByName(facilitator) == null) {
      throw RestErrors.invalid("facilitator", KEY_NO_USER, facilitator);
    }
    List<TimelineEvent> events = events(request.timeline());
    ApplicationUser user = access.currentUser();
    MutableIssue postmortem = create(incident, project, user, summary, facilitator);
    for (TimelineEvent event : events) {
      timeline.add(postmortem.getId(), event, user.getKey());
    }
    return Response.status(Response.Status.CREATED)
        .entity(new CreatedPostmortemView(postmortem.getKey(), "/browse/" + postmortem.getKey()))
        .build();
  }

  private MutableIssue create(
      Issue incident, Project project, ApplicationUser user, String summary, String facilitator) {
    try {
      return creation.create(
          new PostmortemCreation.Request(
              incident, project, user, summary, "", facilitator, facilitator));
    } catch (PostmortemCreation.Refused refused) {
      throw RestErrors.invalid(
          refused.field() == null ? "summary" : refused.field(),
          refused.messageKey(),
          refused.args());
    }
  }

  /** The project to create in, after the incident check (400) and the create permission (403). */
  private Project creatableProject(JiraMapping mapping, Issue incident) {
    if (!incidents.isIncident(mapping, incident)) {
      throw RestErrors.invalid("key", KEY_NOT_INCIDENT, incident.getKey());
    }
    Project project = incidents.targetProject(incident);
    if (!jira.permissions.hasPermission(
        ProjectPermissions.CREATE_ISSUES, project, access.currentUser())) {
      throw RestErrors.forbidden(KEY_NO_CREATE, project.getKey());
    }
    return project;
  }

  private List<TimelineEvent> events(List<TimelineEventRequest> requested) {
    List<TimelineEvent> events = new ArrayList<>();
    if (requested == null) {
      return events;
    }
    if (requested.size() > MAX_TIMELINE) {
      throw RestErrors.invalid("timeline", KEY_TOO_MANY_EVENTS, MAX_TIMELINE);
    }
    for (TimelineEventRequest event : requested) {
      TimelineEventRequest e = RequestFields.body(event);
      events.add(
          new TimelineEvent(
              null,
              RequestFields.instant("at", e.at(), jira.time.now()),
              RequestFields.choice("kind", e.kind(), TimelineEventKind.class),
              RequestFields.text("text", e.text(), RequestFields.TEXT_MAX),
              null));
    }
    return events;
  }
}
