package org.ofbiz.core.entity;

/**
 * Stand-in for Jira's OfBiz {@code org.ofbiz.core.entity.GenericValue}: only the type, which the
 * scheme classes take and return; the app passes null (a new, unsaved object) and never reads one.
 */
public class GenericValue {
  protected GenericValue() {
    throw new UnsupportedOperationException("stand-in");
  }
}
