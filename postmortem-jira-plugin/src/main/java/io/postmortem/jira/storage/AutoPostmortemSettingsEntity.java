package io.postmortem.jira.storage;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A project's automatic-postmortem rule (schema v3); no row means off. */
@Table("AutoPmSetting")
public interface AutoPostmortemSettingsEntity extends Entity {

  @NotNull
  @Indexed
  @Unique
  long getProjectId();

  void setProjectId(long projectId);

  /** The rule in its flat form, as properties text. */
  @StringLength(StringLength.UNLIMITED)
  String getSettings();

  void setSettings(String settings);
}
