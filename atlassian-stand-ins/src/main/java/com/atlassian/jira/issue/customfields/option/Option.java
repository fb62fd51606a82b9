package com.atlassian.jira.issue.customfields.option;

/**
 * Stand-in for {@code com.atlassian.jira.issue.customfields.option.Option}, the value of a select
 * list custom field. Source:
 * https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/issue/customfields/option/Option.html
 */
public interface Option {
  Long getOptionId();

  String getValue();
}
