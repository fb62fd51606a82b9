package io.postmortem.jira.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import java.util.ArrayList;
import java.util.List;
import net.java.ao.RawEntity;

/**
 * Schema version 4: the recurrence guard's suggestions and the verdicts on them ({@link
 * RecurrenceEntity}). A new table only, so existing rows need nothing. Version 3 is another
 * change's; tasks run in version order and skip versions a database already has. Persisted by class
 * name in the descriptor: do not rename.
 */
public final class SchemaV4UpgradeTask implements ActiveObjectsUpgradeTask {

  static final String VERSION = "4";

  /** Every entity of schema v4: v3's and the suggested recurrences. */
  static final List<Class<? extends RawEntity<?>>> ENTITIES = entities();

  @Override
  public ModelVersion getModelVersion() {
    return ModelVersion.valueOf(VERSION);
  }

  @Override
  @SuppressWarnings("unchecked")
  public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
    ao.migrate(ENTITIES.toArray(new Class[0]));
  }

  private static List<Class<? extends RawEntity<?>>> entities() {
    List<Class<? extends RawEntity<?>>> entities = new ArrayList<>(SchemaV3UpgradeTask.ENTITIES);
    entities.add(RecurrenceEntity.class);
    return List.copyOf(entities);
  }
}
