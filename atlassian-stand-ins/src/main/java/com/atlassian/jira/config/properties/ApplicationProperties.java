package com.atlassian.jira.config.properties;

import java.util.Locale;

/**
 * Stand-in for Jira 11.3 {@code com.atlassian.jira.config.properties.ApplicationProperties}
 * (members the plugin uses): the instance's default language, for text written into Jira for
 * everyone (a comment). Source: callers of {@code applicationProperties.getDefaultLocale()} in
 * public plugins; see atlassian-stand-ins/SOURCES.md.
 */
public interface ApplicationProperties {
  Locale getDefaultLocale();
}
