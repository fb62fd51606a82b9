package io.postmortem.jira.jql;

import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortem.jira.application.search.CappedIds;
import io.postmortem.jira.application.search.RemediationScope;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * {@code issue in remediationLinkEnds()}: both ends of the remediation links, done or not, newest
 * link first, at most {@link #MAX_ENDS} ids. For what needs done items too (the remediation
 * report's done-on-time figures, {@code remediationItemsOf}); the scope removes the postmortem ends
 * by issue type, so either link direction works. Open items alone come from {@link
 * LinkedRemediationItemsFunction}, which old done items cannot crowd out.
 */
@Named
public class RemediationLinkEndsFunction extends PostmortemJqlFunction {
  public static final int MAX_ENDS = 20_000;

  private final RemediationLinks links;

  @Inject
  public RemediationLinkEndsFunction(
      @ComponentImport I18nHelper.BeanFactory i18nFactory,
      RequestMemo memo,
      @ComponentImport IssueLinkManager links,
      RemediationScope scope) {
    super(i18nFactory, memo, "remediationLinkEnds", 0);
    this.links = new RemediationLinks(links, scope);
  }

  @Override
  CappedIds issueIds(ApplicationUser searcher, List<String> args) {
    return links.ends(MAX_ENDS);
  }
}
