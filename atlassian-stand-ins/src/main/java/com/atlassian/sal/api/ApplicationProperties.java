package com.atlassian.sal.api;

/** Stand-in of SAL's {@code ApplicationProperties} ({@code getBaseUrl(UrlMode)}). */
public interface ApplicationProperties {
  String getBaseUrl(UrlMode urlMode);
}
