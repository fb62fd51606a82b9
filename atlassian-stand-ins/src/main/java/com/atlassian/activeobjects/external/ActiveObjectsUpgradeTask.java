package com.atlassian.activeobjects.external;

/**
 * Stand-in for Active Objects 7 {@code ActiveObjectsUpgradeTask}. Source: Javadoc
 * docs.atlassian.com/activeobjects-plugin-parent-pom (ActiveObjectsUpgradeTask) and public
 * implementations (getModelVersion / upgrade(ModelVersion, ActiveObjects)).
 */
public interface ActiveObjectsUpgradeTask {
  ModelVersion getModelVersion();

  void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}
