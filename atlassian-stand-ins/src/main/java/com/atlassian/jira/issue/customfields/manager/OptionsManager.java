package com.atlassian.jira.issue.customfields.manager;

import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.config.FieldConfig;

/**
 * Stand-in for {@code com.atlassian.jira.issue.customfields.manager.OptionsManager} (members used
 * here only): {@code createOption(fieldConfig, parentOptionId, sequence, value)} as called by
 * public Jira admin scripts. See SOURCES.md.
 */
public interface OptionsManager {
  Option findByOptionId(Long optionId);

  Option createOption(FieldConfig fieldConfig, Long parentOptionId, Long sequence, String value);
}
