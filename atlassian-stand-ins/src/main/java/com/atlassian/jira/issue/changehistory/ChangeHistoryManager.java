package com.atlassian.jira.issue.changehistory;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.history.ChangeItemBean;
import java.util.List;

/**
 * Stand-in for Jira 11.3 {@code ChangeHistoryManager} (members the plugin uses). Source: public
 * plugins calling {@code List<ChangeItemBean> getChangeItemsForField(Issue, String)}.
 */
public interface ChangeHistoryManager {
  List<ChangeItemBean> getChangeItemsForField(Issue issue, String changeItemFieldName);
}
