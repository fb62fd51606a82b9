package io.postmortem.jira.jql;

import java.util.List;

/**
 * The storage seam behind {@code confirmedRemediationItems()}: ids of items whose assignee's
 * ownership confirmation still holds (the store voids a confirmation when the assignee or the due
 * date changes), newest first, at most {@code limit}.
 */
public interface ConfirmedItems {
  List<Long> confirmedItemIds(int limit);
}
