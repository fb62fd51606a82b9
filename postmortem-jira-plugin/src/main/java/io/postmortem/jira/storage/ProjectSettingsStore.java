package io.postmortem.jira.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
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
    return row(projectId).map(ProjectSettingsEntity::getRiskRole);
  }

  /**
   * The project's checklist settings in their flat form, as saved; empty when the project never
   * saved any (the defaults apply).
   */
  public Optional<Map<String, String>> checklist(long projectId) {
    return row(projectId).map(ProjectSettingsEntity::getChecklist).map(ProjectSettingsStore::read);
  }

  /**
   * Sets the role and keeps the checklist; null or blank restores project administrators.
   *
   * @throws ConcurrentWriteException when other writers won every attempt (nothing stored)
   */
  public void setRiskAcceptanceRole(long projectId, String roleName) {
    UniqueKeys.retryOnDuplicate(
        () ->
            ao.executeInTransaction(
                () -> {
                  String checklist =
                      row(projectId).map(ProjectSettingsEntity::getChecklist).orElse(null);
                  replace(projectId, checklist, roleName);
                  return null;
                }));
  }

  /**
   * Replaces both settings at once, so a reader never sees a checklist from one save and a role
   * from another; a null checklist means the defaults, a blank role project administrators. The
   * project's unique key makes a concurrent save retry instead of adding a second row.
   *
   * @throws ConcurrentWriteException when other writers won every attempt (nothing stored)
   */
  public void save(long projectId, Map<String, String> checklist, String roleName) {
    UniqueKeys.retryOnDuplicate(
        () ->
            ao.executeInTransaction(
                () -> {
                  replace(projectId, checklist == null ? null : write(checklist), roleName);
                  return null;
                }));
  }

  private void replace(long projectId, String checklist, String roleName) {
    String role = roleName == null || roleName.isBlank() ? null : roleName.trim();
    ao.deleteWithSQL(ProjectSettingsEntity.class, "PROJECT_ID = ?", projectId);
    ao.create(
        ProjectSettingsEntity.class,
        new DBParam("PROJECT_ID", projectId),
        new DBParam("RISK_ROLE", role),
        new DBParam("CHECKLIST", checklist));
  }

  private Optional<ProjectSettingsEntity> row(long projectId) {
    ProjectSettingsEntity[] rows =
        ao.find(ProjectSettingsEntity.class, Query.select().where("PROJECT_ID = ?", projectId));
    return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
  }

  /** Properties text escapes separators and line breaks in values, which phrases may contain. */
  static String write(Map<String, String> settings) {
    Properties properties = new Properties();
    properties.putAll(settings);
    StringWriter out = new StringWriter();
    try {
      properties.store(out, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static Map<String, String> read(String text) {
    Properties properties = new Properties();
    try {
      properties.load(new StringReader(text));
    } catch (IOException | IllegalArgumentException e) {
      // A hand-edited row that is not properties text: the defaults apply, as with no row.
      return Map.of();
    }
    Map<String, String> settings = new TreeMap<>();
    properties.forEach((key, value) -> settings.put(String.valueOf(key), String.valueOf(value)));
    return settings;
  }
}
