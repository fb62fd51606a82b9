package io.postmortem.jira.rest;

import com.atlassian.jira.project.Project;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.postmortem.core.checklist.SettingsError;
import io.postmortem.core.creation.AutomaticPostmortemSettings;
import io.postmortem.jira.application.http.RestErrors;
import io.postmortem.jira.application.http.RestFailure;
import io.postmortem.jira.application.issue.AutomaticPostmortemsPolicy;
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
 * 400 names every bad setting at once and stores nothing; the checks are {@link
 * AutomaticPostmortemsPolicy}'s, the same the project settings page applies.
 */
@Named
@LicensedOnly
@Path("projects/{projectKey}/automatic-postmortems")
@Produces(MediaType.APPLICATION_JSON)
public class AutomaticPostmortemsResource {

  private final ProjectAccess access;
  private final AutomaticPostmortemStore store;
  private final AutomaticPostmortemsPolicy policy;

  @Inject
  public AutomaticPostmortemsResource(
      ProjectAccess access, AutomaticPostmortemStore store, AutomaticPostmortemsPolicy policy) {
    this.access = access;
    this.store = store;
    this.policy = policy;
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
    AutomaticPostmortemSettings.Parsed parsed = policy.check(RequestFields.body(body));
    if (!parsed.valid()) {
      List<RestFailure> refused = new ArrayList<>();
      for (SettingsError error : parsed.errors()) {
        refused.add(
            RestErrors.invalid(error.setting(), error.messageKey(), error.args().toArray()));
      }
      throw RestErrors.invalid(refused);
    }
    store.save(project.getId(), parsed.settings());
    return AutomaticPostmortemSettings.write(parsed.settings());
  }
}
