package io.postmortem.jira.application.search;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.postmortem.jira.application.issue.JiraMapping;
import io.postmortem.jira.application.issue.PostmortemConfiguration;
import io.postmortem.jira.jql.LinkedRemediationItemsFunction;
import io.postmortem.jira.jql.RequestMemo;
import io.postmortem.jira.testing.TestScope;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;

public class ConfiguredRemediationScopeTest {
  private final Map<String, Object> stored = new HashMap<>();
  private PostmortemConfiguration configuration;

  @Before
  public void pluginSettingsInMemory() {
    PluginSettings settings = mock(PluginSettings.class);
    when(settings.get(anyString())).thenAnswer(c -> stored.get(c.getArgument(0)));
    when(settings.put(anyString(), any()))
        .thenAnswer(c -> stored.put(c.getArgument(0), c.getArgument(1)));
    PluginSettingsFactory factory = mock(PluginSettingsFactory.class);
    when(factory.createGlobalSettings()).thenReturn(settings);
    configuration = new PostmortemConfiguration(factory, mock(CustomFieldManager.class));
  }

  @Test
  public void itemsAreRemediationSubTasksAndNonPostmortemEndsOfRemediationLinks() {
    configuration.save(
        JiraMapping.defaults()
            .withIssueTypes("10100", "10101", null)
            .withLinkTypes(10200L, 10201L));

    ConfiguredRemediationScope scope = new ConfiguredRemediationScope(configuration);

    assertEquals(
        "issuetype = 10101 OR (issue in linkedRemediationItems() AND NOT issuetype = 10100)",
        scope.remediationItemClause());
    assertEquals("issuetype = 10100", scope.postmortemClause());
    assertEquals(Long.valueOf(10201L), scope.remediationLinkTypeId());
    assertEquals(Long.valueOf(10200L), scope.incidentLinkTypeId());
  }

  @Test
  public void matchesNothingBeforeSetupChoseTheTypes() {
    ConfiguredRemediationScope scope = new ConfiguredRemediationScope(configuration);

    assertEquals("issuekey = \"NONE-0\"", scope.postmortemClause());
  }

  @Test
  public void linkedRemediationItemsAreBothEndsOfRemediationLinksOnly() {
    IssueLinkManager links = mock(IssueLinkManager.class);
    IssueLink link = mock(IssueLink.class);
    when(link.getSourceId()).thenReturn(500L);
    when(link.getDestinationId()).thenReturn(7L);
    when(links.getIssueLinks(10201L)).thenReturn(List.of(link));
    LinkedRemediationItemsFunction function =
        new LinkedRemediationItemsFunction(
            mock(I18nHelper.BeanFactory.class),
            new RequestMemo(() -> null),
            links,
            new TestScope() {
              @Override
              public Long remediationLinkTypeId() {
                return 10201L;
              }
            });

    List<QueryLiteral> values =
        function.getValues(
            mock(QueryCreationContext.class),
            new FunctionOperand("linkedRemediationItems"),
            mock(TerminalClause.class));

    assertEquals(List.of(500L, 7L), values.stream().map(QueryLiteral::getLongValue).toList());
  }
}
