package io.postmortem.jira.storage;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** Per-project settings of the app; one row per project that changed a default. */
@Table("ProjectSetting")
public interface ProjectSettingsEntity extends Entity {
  /** Unique since schema v2 ({@link SchemaV2UpgradeTask}): one row per project. */
  @NotNull
  @Indexed
  @Unique
  long getProjectId();

  void setProjectId(long projectId);

  /** Name of the project role allowed to accept risk; null means project administrators. */
  String getRiskRole();

  void setRiskRole(String riskRole);

  /**
   * The project's checklist settings in their flat form, as properties text; null means the
   * defaults. A nullable column added before the first release, so schema v1 still describes it.
   */
  @StringLength(StringLength.UNLIMITED)
  String getChecklist();

  void setChecklist(String checklist);
}
