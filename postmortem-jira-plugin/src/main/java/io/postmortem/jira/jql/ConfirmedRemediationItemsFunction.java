package io.postmortem.jira.jql;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * {@code issue in confirmedRemediationItems()}: items whose owner confirmed ownership and date.
 * Answered by one bounded storage query; Jira's own search then applies the searcher's permissions,
 * so the ids reveal nothing the searcher cannot see.
 */
@Named
public class ConfirmedRemediationItemsFunction extends PostmortemJqlFunction {
  /**
   * Higher than the other functions' cap: "no confirmed owner" is counted as "not in this list", so
   * a cut-off list would overcount; ids alone cost little memory.
   */
  public static final int MAX_CONFIRMED = 10_000;

  private final ConfirmedItems confirmedItems;

  @Inject
  public ConfirmedRemediationItemsFunction(
      @ComponentImport I18nHelper.BeanFactory i18nFactory, ConfirmedItems confirmedItems) {
    super(i18nFactory, "confirmedRemediationItems", 0);
    this.confirmedItems = confirmedItems;
  }

  @Override
  List<Long> issueIds(ApplicationUser searcher, List<String> args) {
    return confirmedItems.confirmedItemIds(MAX_CONFIRMED);
  }
}
