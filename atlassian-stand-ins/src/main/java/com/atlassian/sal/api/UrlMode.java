package com.atlassian.sal.api;

/** Stand-in of SAL's {@code UrlMode}. */
public enum UrlMode {
  RELATIVE,
  RELATIVE_CANONICAL,
  ABSOLUTE,
  CANONICAL,
  AUTO
}
