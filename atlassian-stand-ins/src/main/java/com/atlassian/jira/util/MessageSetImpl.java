package com.atlassian.jira.util;

/**
 * Stand-in of Jira 11.3's {@code MessageSetImpl} (Jira Javadoc; {@code extends AbstractMessageSet}
 * in Jira's source). The messages live in {@link AbstractMessageSet}, as in Jira.
 */
public class MessageSetImpl extends AbstractMessageSet {
  public MessageSetImpl() {}
}
