package io.postmortem.jira.jql;

import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortem.jira.application.search.RemediationScope;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code issue in linkedRemediationItems()}: both ends of every remediation link, capped at {@link
 * #MAX_LINKS} links. The scope's item clause removes the postmortem ends by issue type, so either
 * link direction works. Jira's search applies the searcher's permissions to these ids.
 */
@Named
public class LinkedRemediationItemsFunction extends PostmortemJqlFunction {
  /** Link rows are small; ten thousand keeps the literal list far below Jira's clause limits. */
  public static final int MAX_LINKS = 10_000;

  private final IssueLinkManager links;
  private final RemediationScope scope;

  @Inject
  public LinkedRemediationItemsFunction(
      @ComponentImport I18nHelper.BeanFactory i18nFactory,
      @ComponentImport IssueLinkManager links,
      RemediationScope scope) {
    super(i18nFactory, "linkedRemediationItems", 0);
    this.links = links;
    this.scope = scope;
  }

  @Override
  List<Long> issueIds(ApplicationUser searcher, List<String> args) {
    Long linkType = scope.remediationLinkTypeId();
    if (linkType == null) {
      return List.of();
    }
    Set<Long> ids = new LinkedHashSet<>();
    links.getIssueLinks(linkType).stream()
        .limit(MAX_LINKS)
        .forEach(
            (IssueLink link) -> {
              ids.add(link.getSourceId());
              ids.add(link.getDestinationId());
            });
    return List.copyOf(ids);
  }
}
