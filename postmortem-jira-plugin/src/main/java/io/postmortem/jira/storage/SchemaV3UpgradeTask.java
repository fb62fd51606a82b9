package io.postmortem.jira.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import java.util.ArrayList;
import java.util.List;
import net.java.ao.RawEntity;

/**
 * Schema version 3: automatic postmortems. Two new tables and nothing changed in the old ones: the
 * per-project rule, and the claims whose unique incident id lets exactly one node create the
 * postmortem of a resolved incident. Persisted by class name in the descriptor: do not rename.
 */
public final class SchemaV3UpgradeTask implements ActiveObjectsUpgradeTask {

  static final String VERSION = "3";

  /** Every entity of schema v3: v2's and the two new tables. */
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
    List<Class<? extends RawEntity<?>>> entities = new ArrayList<>(SchemaV2UpgradeTask.ENTITIES);
    entities.add(AutoPostmortemSettingsEntity.class);
    entities.add(AutoPostmortemClaimEntity.class);
    return List.copyOf(entities);
  }
}
