package com.atlassian.jira.user;

/** Stand-in of Jira 11.3's {@code ApplicationUser} (source: Jira Javadoc; basic panels 11.3). */
public interface ApplicationUser {
  String getKey();

  String getUsername();

  String getName();

  String getDisplayName();

  String getEmailAddress();

  boolean isActive();
}
