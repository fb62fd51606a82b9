package io.postmortem.jira.rest;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.postmortem.core.checklist.ChecklistSettings;
import io.postmortem.core.checklist.ParsedSettings;
import io.postmortem.core.checklist.SettingsError;
import io.postmortem.jira.application.http.RestErrors;
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

  /** More settings than the checklist has, with room for per-language phrase lists. */
  static final int MAX_SETTINGS = 200;

  static final String KEY_TOO_MANY = "postmortem.rest.error.too-many-settings";
  static final String KEY_UNKNOWN_SETTING = "postmortem.rest.error.unknown-setting";
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

  /** Replaces both settings, or with a 400 naming the first setting that makes no sense, none. */
  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public ProjectSettingsView put(@PathParam("projectKey") String key, ProjectSettingsRequest body) {
    Project project = access.administrable(key);
    ProjectSettingsRequest request = RequestFields.body(body);
    Map<String, String> checklist = checklist(request.checklist());
    String role =
        RequestFields.optionalText(
            "riskAcceptanceRole", request.riskAcceptanceRole(), RequestFields.SHORT_MAX);
    if (!role.isEmpty() && roles.getProjectRole(role) == null) {
      throw RestErrors.invalid("riskAcceptanceRole", KEY_UNKNOWN_ROLE, role);
    }
    store.save(project.getId(), checklist.isEmpty() ? null : checklist, role);
    return view(project);
  }

  /** The canonical form of valid settings; 400 for too many, too long, unknown or wrong ones. */
  private static Map<String, String> checklist(Map<String, String> submitted) {
    if (submitted == null || submitted.isEmpty()) {
      return Map.of();
    }
    if (submitted.size() > MAX_SETTINGS) {
      throw RestErrors.invalid("checklist", KEY_TOO_MANY, submitted.size(), MAX_SETTINGS);
    }
    Map<String, String> raw = new TreeMap<>();
    submitted.forEach(
        (setting, value) -> {
          RequestFields.text("checklist", setting, RequestFields.SHORT_MAX);
          raw.put(setting, RequestFields.optionalText(setting, value, RequestFields.TEXT_MAX));
        });
    ParsedSettings parsed = ChecklistSettings.parse(raw);
    if (!parsed.isValid()) {
      SettingsError error = parsed.errors().get(0);
      throw RestErrors.invalid(error.setting(), error.messageKey(), error.args().toArray());
    }
    Map<String, String> canonical = parsed.settings().toMap();
    raw.forEach(
        (setting, value) -> {
          // The parser ignores unknown keys so newer stored settings never break an older app;
          // an admin who sends one has mistyped a name, which must not pass as saved.
          if (!value.isEmpty() && !canonical.containsKey(setting)) {
            throw RestErrors.invalid(setting, KEY_UNKNOWN_SETTING, setting);
          }
        });
    return canonical;
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
