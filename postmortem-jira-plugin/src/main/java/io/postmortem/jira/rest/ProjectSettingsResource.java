package io.postmortem.jira.rest;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.postmortem.core.checklist.ChecklistSettings;
import io.postmortem.core.checklist.ParsedSettings;
import io.postmortem.core.checklist.SettingsError;
import io.postmortem.core.checklist.SubmittedSettings;
import io.postmortem.jira.application.http.RestErrors;
import io.postmortem.jira.application.http.RestFailure;
import io.postmortem.jira.application.issue.ProjectAccess;
import io.postmortem.jira.storage.ProjectSettingsStore;
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
import java.util.TreeMap;

/**
 * A project's settings for the app: the checklist settings the live checklist, the postmortem panel
 * and (unless configured otherwise) the checklist validator apply, and the risk-acceptance role.
 * Project administrators only.
 */
@Named
@LicensedOnly
@Path("projects/{projectKey}/settings")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectSettingsResource {

  static final String KEY_UNKNOWN_ROLE = "postmortem.rest.error.unknown-role";

  private final ProjectAccess access;
  private final ProjectSettingsStore store;
  private final ProjectRoleManager roles;

  @Inject
  public ProjectSettingsResource(
      ProjectAccess access, ProjectSettingsStore store, @ComponentImport ProjectRoleManager roles) {
    this.access = access;
    this.store = store;
    this.roles = roles;
  }

  @GET
  public ProjectSettingsView get(@PathParam("projectKey") String key) {
    Project project = access.administrable(key);
    return view(project);
  }

  /**
   * Replaces both settings, or with a 400 naming every setting that makes no sense (and an unknown
   * role), none. The checks are the core's, the same the settings page and the validator form
   * apply.
   */
  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public ProjectSettingsView put(@PathParam("projectKey") String key, ProjectSettingsRequest body) {
    Project project = access.administrable(key);
    ProjectSettingsRequest request = RequestFields.body(body);
    String role =
        RequestFields.optionalText(
            "riskAcceptanceRole", request.riskAcceptanceRole(), RequestFields.SHORT_MAX);
    ParsedSettings parsed = SubmittedSettings.check(nullsAsBlank(request.checklist()));
    List<RestFailure> refused = new ArrayList<>();
    for (SettingsError error : parsed.errors()) {
      refused.add(RestErrors.invalid(error.setting(), error.messageKey(), error.args().toArray()));
    }
    if (!role.isEmpty() && roles.getProjectRole(role) == null) {
      refused.add(RestErrors.invalid("riskAcceptanceRole", KEY_UNKNOWN_ROLE, role));
    }
    if (!refused.isEmpty()) {
      throw RestErrors.invalid(refused);
    }
    Map<String, String> checklist = parsed.settings().toMap();
    store.save(project.getId(), checklist.isEmpty() ? null : checklist, role);
    return view(project);
  }

  /** JSON {@code null} values mean "the default", as blank ones do. */
  private static Map<String, String> nullsAsBlank(Map<String, String> submitted) {
    Map<String, String> settings = new TreeMap<>();
    if (submitted != null) {
      submitted.forEach(
          (setting, value) ->
              settings.put(setting == null ? "" : setting, value == null ? "" : value));
    }
    return settings;
  }

  private ProjectSettingsView view(Project project) {
    Map<String, String> checklist =
        store
            .checklist(project.getId())
            .map(saved -> ChecklistSettings.parse(saved).settings().toMap())
            .orElse(Map.of());
    return new ProjectSettingsView(
        project.getKey(),
        new TreeMap<>(checklist),
        store.riskAcceptanceRole(project.getId()).orElse(""));
  }
}
