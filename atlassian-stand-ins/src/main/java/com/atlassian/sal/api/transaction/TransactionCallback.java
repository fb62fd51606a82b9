package com.atlassian.sal.api.transaction;

/**
 * Stand-in for SAL 7 {@code TransactionCallback}. Source: cures-hub/cures-condec-jira mock (8.20)
 * and ActiveObjects.executeInTransaction callers in atlascommunity/jira-plugins-groovy.
 */
public interface TransactionCallback<T> {
  T doInTransaction();
}
