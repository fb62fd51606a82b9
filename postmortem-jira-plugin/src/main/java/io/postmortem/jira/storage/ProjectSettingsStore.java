package io.postmortem.jira.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** Per-project settings; a project without a row uses the defaults. */
@Named
public final class ProjectSettingsStore {

  private final ActiveObjects ao;

  @Inject
  public ProjectSettingsStore(@ComponentImport ActiveObjects ao) {
    this.ao = ao;
  }

  /** The project role allowed to accept risk; empty means project administrators. */
  public Optional<String> riskAcceptanceRole(long projectId) {
    ProjectSettingsEntity[] rows =
        ao.find(ProjectSettingsEntity.class, Query.select().where("PROJECT_ID = ?", projectId));
    return rows.length == 0 ? Optional.empty() : Optional.ofNullable(rows[0].getRiskRole());
  }

  /** Sets the role; null or blank restores the default (project administrators). */
  public void setRiskAcceptanceRole(long projectId, String roleName) {
    String role = roleName == null || roleName.isBlank() ? null : roleName.trim();
    ao.executeInTransaction(
        () -> {
          ao.deleteWithSQL(ProjectSettingsEntity.class, "PROJECT_ID = ?", projectId);
          ao.create(
              ProjectSettingsEntity.class,
              new DBParam("PROJECT_ID", projectId),
              new DBParam("RISK_ROLE", role));
          return null;
        });
  }
}
