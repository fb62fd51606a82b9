package com.atlassian.jira.issue.history;

import java.sql.Timestamp;

/**
 * Stand-in for Jira 11.3 {@code ChangeItemBean}, a class in the real API (members the plugin uses).
 * Source: public scripts and plugins reading {@code getCreated()}, {@code getFromString()}, {@code
 * getToString()} from {@code ChangeHistoryManager.getChangeItemsForField}.
 */
public class ChangeItemBean {
  public String getField() {
    throw new UnsupportedOperationException("stand-in");
  }

  public String getFromString() {
    throw new UnsupportedOperationException("stand-in");
  }

  /** The raw new value: for the {@code status} field, the new status id. */
  public String getTo() {
    throw new UnsupportedOperationException("stand-in");
  }

  public String getToString() {
    throw new UnsupportedOperationException("stand-in");
  }

  public Timestamp getCreated() {
    throw new UnsupportedOperationException("stand-in");
  }
}
