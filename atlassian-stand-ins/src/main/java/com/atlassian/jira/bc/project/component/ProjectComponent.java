package com.atlassian.jira.bc.project.component;

/** Stand-in of Jira 11.3's {@code ProjectComponent} (source: Jira Javadoc, condec mocks). */
public interface ProjectComponent {
  Long getId();

  String getName();
}
