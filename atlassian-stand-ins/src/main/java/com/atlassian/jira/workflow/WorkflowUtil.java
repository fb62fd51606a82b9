package com.atlassian.jira.workflow;

import com.opensymphony.workflow.FactoryException;
import com.opensymphony.workflow.loader.WorkflowDescriptor;

/**
 * Stand-in for {@code com.atlassian.jira.workflow.WorkflowUtil} (jira-api; members used here only).
 * Source: Jira source (jira-api) and public plugins calling {@code
 * WorkflowUtil.convertXMLtoWorkflowDescriptor(String)} with {@code catch (FactoryException e)}. See
 * SOURCES.md (setup).
 */
public class WorkflowUtil {
  protected WorkflowUtil() {
    throw new UnsupportedOperationException("stand-in");
  }

  public static WorkflowDescriptor convertXMLtoWorkflowDescriptor(String descriptorXml)
      throws FactoryException {
    throw new UnsupportedOperationException("stand-in");
  }
}
