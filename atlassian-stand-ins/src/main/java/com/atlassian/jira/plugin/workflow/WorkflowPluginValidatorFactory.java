package com.atlassian.jira.plugin.workflow;

/**
 * Stand-in for the Jira 11.3 type of the same name (compile-only, never packaged).
 *
 * <p>Source: marker sub-interface of WorkflowPluginFactory: Jira's
 * WorkflowValidatorModuleDescriptor is typed on it and Jira's own validator factories implement it
 * without further members. See atlassian-stand-ins/SOURCES.md.
 */
public interface WorkflowPluginValidatorFactory extends WorkflowPluginFactory {}
