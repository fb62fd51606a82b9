package com.atlassian.jira.workflow.migration;

import com.atlassian.jira.workflow.WorkflowScheme;
import org.ofbiz.core.entity.GenericEntityException;

/**
 * Stand-in for {@code com.atlassian.jira.workflow.migration.WorkflowSchemeMigrationHelper} (since
 * 5.2; members used here only). Source: Jira source of the interface and of its implementation
 * ("doQuickMigrate: if there are issues to migrate return false, else associate and return true").
 */
public interface WorkflowSchemeMigrationHelper<T extends WorkflowScheme> {
  boolean doQuickMigrate() throws GenericEntityException;
}
