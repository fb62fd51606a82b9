package io.postmortem.jira.rest;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.postmortem.core.checklist.SettingsError;
import io.postmortem.core.creation.AutomaticPostmortemSettings;
import io.postmortem.core.creation.AutomaticPostmortems;
import io.postmortem.jira.application.http.RestErrors;
import io.postmortem.jira.application.http.RestFailure;
import io.postmortem.jira.application.issue.ProjectAccess;
import io.postmortem.jira.storage.AutomaticPostmortemStore;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A project's automatic-postmortem rule, for its administrators: read it, or replace it whole. A
 * 400 names every bad setting at once and stores nothing; the checks are the core's parser's, plus
 * that the facilitator and the postmortem project exist in this Jira.
 */
@Named
@LicensedOnly
@Path("projects/{projectKey}/automatic-postmortems")
@Produces(MediaType.APPLICATION_JSON)
public class AutomaticPostmortemsResource {

  static final String KEY_NO_PROJECT = "postmortem.auto.error.no-such-project";
  static final String KEY_NO_USER = "postmortem.auto.error.no-such-user";

  private final ProjectAccess access;
  private final AutomaticPostmortemStore store;
  private final ProjectManager projects;
  private final UserManager users;

  @Inject
  public AutomaticPostmortemsResource(
      ProjectAccess access,
      AutomaticPostmortemStore store,
      @ComponentImport ProjectManager projects,
      @ComponentImport UserManager users) {
    this.access = access;
    this.store = store;
    this.projects = projects;
    this.users = users;
  }

  @GET
  public Map<String, String> get(@PathParam("projectKey") String key) {
    Project project = access.administrable(key);
    return AutomaticPostmortemSettings.write(store.settings(project.getId()));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public Map<String, String> put(@PathParam("projectKey") String key, Map<String, String> body) {
    Project project = access.administrable(key);
    AutomaticPostmortemSettings.Parsed parsed =
        AutomaticPostmortemSettings.parse(RequestFields.body(body));
    List<RestFailure> refused = new ArrayList<>();
    for (SettingsError error : parsed.errors()) {
      refused.add(RestErrors.invalid(error.setting(), error.messageKey(), error.args().toArray()));
    }
    AutomaticPostmortems settings = parsed.settings();
    if (parsed.valid()) {
      refused.addAll(unknownNames(settings));
    }
    if (!refused.isEmpty()) {
      throw RestErrors.invalid(refused);
    }
    store.save(project.getId(), settings);
    return AutomaticPostmortemSettings.write(settings);
  }

  private List<RestFailure> unknownNames(AutomaticPostmortems settings) {
    List<RestFailure> refused = new ArrayList<>();
    String facilitator = settings.facilitator();
    if (!facilitator.isEmpty() && users.getUserByName(facilitator) == null) {
      refused.add(
          RestErrors.invalid(AutomaticPostmortemSettings.FACILITATOR, KEY_NO_USER, facilitator));
    }
    String target = settings.postmortemProject();
    if (!target.isEmpty() && projects.getProjectObjByKey(target) == null) {
      refused.add(
          RestErrors.invalid(
              AutomaticPostmortemSettings.POSTMORTEM_PROJECT, KEY_NO_PROJECT, target));
    }
    return refused;
  }
}
