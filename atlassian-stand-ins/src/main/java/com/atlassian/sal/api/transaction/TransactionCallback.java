package com.atlassian.sal.api.transaction;

/**
 * Stand-in for the Jira 11.3 type of the same name (compile-only, never packaged).
 *
 * <p>Source: SAL TransactionCallback as used by ActiveObjects#executeInTransaction and as a lambda
 * for TransactionTemplate#execute in alanmosely/basic-jira-development-panels. See
 * atlassian-stand-ins/SOURCES.md.
 */
public interface TransactionCallback<T> {
  T doInTransaction();
}
