package com.atlassian.jira.workflow.migration;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.workflow.AssignableWorkflowScheme;
import org.ofbiz.core.entity.GenericEntityException;

/**
 * Stand-in for {@code com.atlassian.jira.workflow.migration.MigrationHelperFactory} (since 5.1;
 * members used here only). Source: Jira source of the interface; public integration test
 * atlascommunity/jira-plugins-groovy InlineWorkflowIT calls it the same way. See SOURCES.md
 * (setup).
 */
public interface MigrationHelperFactory {
  AssignableWorkflowSchemeMigrationHelper createMigrationHelper(
      Project project, AssignableWorkflowScheme scheme) throws GenericEntityException;
}
