package com.atlassian.jira.issue;

import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.user.ApplicationUser;
import java.sql.Timestamp;
import java.util.Collection;

/** Stand-in of Jira 11.3's {@code Issue}: only the members this app calls (Jira Javadoc). */
public interface Issue {
  Long getId();

  String getKey();

  String getSummary();

  ApplicationUser getAssignee();

  String getAssigneeId();

  Timestamp getDueDate();

  Timestamp getCreated();

  Collection<ProjectComponent> getComponents();

  boolean isSubTask();

  Issue getParentObject();
}
