package com.atlassian.jira.workflow.migration;

import com.atlassian.jira.workflow.AssignableWorkflowScheme;

/**
 * Stand-in for {@code
 * com.atlassian.jira.workflow.migration.AssignableWorkflowSchemeMigrationHelper}: the helper {@link
 * MigrationHelperFactory} returns for a project and an assignable scheme. See SOURCES.md (setup).
 */
public interface AssignableWorkflowSchemeMigrationHelper
    extends WorkflowSchemeMigrationHelper<AssignableWorkflowScheme> {}
