package com.atlassian.jira.plugin.workflow;

/**
 * Stand-in for {@code com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory}, the
 * marker a {@code workflow-validator} module's class implements. Source: jira-platform-facts §2.1
 * (used by many public validators; that it adds no methods is not verified against 11.3).
 */
public interface WorkflowPluginValidatorFactory extends WorkflowPluginFactory {}
