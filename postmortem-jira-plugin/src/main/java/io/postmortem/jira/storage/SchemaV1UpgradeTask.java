package io.postmortem.jira.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import java.util.List;
import net.java.ao.RawEntity;

/**
 * Creates schema version 1. Registered in the {@code <ao>} module so the upgrade mechanism is in
 * place from the first release: later schema changes add a task with the next model version rather
 * than editing entities in place. Persisted by class name in the descriptor: do not rename.
 */
public final class SchemaV1UpgradeTask implements ActiveObjectsUpgradeTask {

  static final String VERSION = "1";

  /** Every entity of schema v1, in the order the {@code <ao>} module lists them. */
  static final List<Class<? extends RawEntity<?>>> ENTITIES =
      List.of(
          OwnershipEntity.class,
          DueProposalEntity.class,
          RiskAcceptanceEntity.class,
          TimelineEventEntity.class,
          LanguageOverrideEntity.class,
          ProjectSettingsEntity.class,
          ReminderEntity.class);

  @Override
  public ModelVersion getModelVersion() {
    return ModelVersion.valueOf(VERSION);
  }

  @Override
  @SuppressWarnings("unchecked")
  public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
    ao.migrate(ENTITIES.toArray(new Class[0]));
  }
}
