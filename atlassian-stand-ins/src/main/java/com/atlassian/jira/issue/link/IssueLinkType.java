package com.atlassian.jira.issue.link;

/**
 * Stand-in for the Jira 11.3 type of the same name (compile-only, never packaged).
 *
 * <p>Source: cures-hub/cures-condec-jira MockIssueLinkType (implements the real interface,
 * including compareTo). See atlassian-stand-ins/SOURCES.md.
 */
public interface IssueLinkType extends Comparable<IssueLinkType> {
  Long getId();

  String getName();

  String getOutward();

  String getInward();

  String getStyle();
}
