package io.postmortem.jira.testing;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.config.PriorityManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.customfields.manager.OptionsManager;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.postmortem.jira.application.issue.PostmortemConfiguration;
import io.postmortem.jira.application.recurrence.RecurrenceLinkType;
import io.postmortem.jira.setup.FieldSetup;
import io.postmortem.jira.setup.IssueTypeSetup;
import io.postmortem.jira.setup.LinkTypeSetup;
import io.postmortem.jira.setup.MappingForm;
import io.postmortem.jira.setup.PostmortemSetup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Jira's admin services as Mockito mocks that remember what was created, so that a second setup run
 * sees the first one's work, as it would in Jira. Plugin settings keep what was put.
 *
 * <p>Not a second fake Jira but the app-wide administration facet of the one fake: issue types,
 * link types, custom fields and their options, priorities, the cluster lock and the app's stored
 * settings — state {@link FakeJira} (issues, links, permissions, searches) does not hold. The
 * per-project administration (statuses, resolutions, workflows, schemes, screens) is the third
 * facet, {@code setup.FakeJiraProjects}, whose {@code page(FakeJiraAdmin, …)} joins the two into
 * one object graph for the setup page. Issue and user objects come from FakeJira's factories.
 */
public final class FakeJiraAdmin {

  public final IssueTypeManager issueTypeManager = mock(IssueTypeManager.class);
  public final AvatarManager avatarManager = mock(AvatarManager.class);
  public final IssueLinkTypeManager linkTypeManager = mock(IssueLinkTypeManager.class);
  public final CustomFieldManager customFieldManager = mock(CustomFieldManager.class);
  public final OptionsManager optionsManager = mock(OptionsManager.class);
  public final ClusterLockService locks = mock(ClusterLockService.class);
  public final ClusterLock lock = mock(ClusterLock.class);
  public final PriorityManager priorityManager = mock(PriorityManager.class);
  public final PluginSettingsFactory settingsFactory = mock(PluginSettingsFactory.class);
  public final PluginSettings settings = mock(PluginSettings.class);

  public final List<IssueType> issueTypes = new ArrayList<>();
  public final List<IssueLinkType> linkTypes = new ArrayList<>();
  public final Map<String, CustomField> fields = new HashMap<>();
  public final Map<String, Object> stored = new HashMap<>();
  private long nextId = 10_000;

  public FakeJiraAdmin() throws Exception {
    lenient().when(issueTypeManager.getIssueTypes()).thenAnswer(call -> List.copyOf(issueTypes));
    lenient()
        .when(issueTypeManager.getIssueType(anyString()))
        .thenAnswer(
            call ->
                issueTypes.stream()
                    .filter(t -> t.getId().equals(call.getArgument(0)))
                    .findFirst()
                    .orElse(null));
    lenient()
        .when(issueTypeManager.createIssueType(anyString(), anyString(), any()))
        .thenAnswer(call -> addIssueType(call.getArgument(0), false));
    lenient()
        .when(issueTypeManager.createSubTaskIssueType(anyString(), anyString(), any()))
        .thenAnswer(call -> addIssueType(call.getArgument(0), true));
    lenient().when(avatarManager.getDefaultAvatarId(any())).thenReturn(10_300L);

    lenient().when(linkTypeManager.getIssueLinkTypes()).thenAnswer(call -> List.copyOf(linkTypes));
    lenient()
        .when(linkTypeManager.getIssueLinkType(anyLong()))
        .thenAnswer(
            call ->
                linkTypes.stream()
                    .filter(t -> t.getId().equals(call.getArgument(0)))
                    .findFirst()
                    .orElse(null));
    lenient()
        .when(linkTypeManager.getIssueLinkTypesByName(anyString()))
        .thenAnswer(
            call ->
                linkTypes.stream().filter(t -> t.getName().equals(call.getArgument(0))).toList());
    lenient()
        .doAnswer(
            call -> {
              addLinkType(call.getArgument(0), call.getArgument(1), call.getArgument(2));
              return null;
            })
        .when(linkTypeManager)
        .createIssueLinkType(anyString(), anyString(), anyString(), any());

    lenient()
        .when(customFieldManager.getCustomFieldObject(anyString()))
        .thenAnswer(call -> fields.get(call.getArgument(0)));
    lenient()
        .when(customFieldManager.getCustomFieldObjects())
        .thenAnswer(call -> List.copyOf(fields.values()));
    lenient()
        .when(
            customFieldManager.createCustomField(
                anyString(), anyString(), any(), any(), any(), any()))
        .thenAnswer(call -> addField(call.getArgument(0)));
    lenient()
        .when(optionsManager.createOption(any(), any(), anyLong(), anyString()))
        .thenAnswer(call -> option(call.getArgument(3)));

    lenient().when(locks.getLockForName(anyString())).thenReturn(lock);
    lenient().when(lock.tryLock(anyLong(), any(TimeUnit.class))).thenReturn(true);

    Priority highest = FakeJira.priority("1", "Highest");
    Priority high = FakeJira.priority("2", "High");
    lenient().when(priorityManager.getPriorities()).thenReturn(List.of(highest, high));

    lenient().when(settingsFactory.createGlobalSettings()).thenReturn(settings);
    lenient().when(settings.get(anyString())).thenAnswer(call -> stored.get(call.getArgument(0)));
    lenient()
        .when(settings.put(anyString(), any()))
        .thenAnswer(call -> stored.put(call.getArgument(0), call.getArgument(1)));
  }

  public PostmortemConfiguration configuration() {
    return new PostmortemConfiguration(settingsFactory, customFieldManager);
  }

  public PostmortemSetup setup() {
    return new PostmortemSetup(
        configuration(),
        new IssueTypeSetup(issueTypeManager, avatarManager),
        new LinkTypeSetup(linkTypeManager, new RecurrenceLinkType(settingsFactory)),
        new FieldSetup(customFieldManager, optionsManager),
        locks);
  }

  public MappingForm mappingForm() {
    return new MappingForm(issueTypeManager, linkTypeManager, customFieldManager, priorityManager);
  }

  public IssueType addIssueType(String name, boolean subTask) {
    IssueType type = FakeJira.issueType(String.valueOf(nextId++), subTask);
    lenient().when(type.getName()).thenReturn(name);
    issueTypes.add(type);
    return type;
  }

  public IssueLinkType addLinkType(String name, String outward, String inward) {
    Long id = nextId++;
    IssueLinkType type = mock(IssueLinkType.class);
    lenient().when(type.getId()).thenReturn(id);
    lenient().when(type.getName()).thenReturn(name);
    lenient().when(type.getOutward()).thenReturn(outward);
    lenient().when(type.getInward()).thenReturn(inward);
    linkTypes.add(type);
    return type;
  }

  public CustomField addField(String name) {
    String id = "customfield_" + nextId++;
    CustomField field = FakeJira.field(id);
    FieldConfig config = mock(FieldConfig.class);
    FieldConfigScheme scheme = mock(FieldConfigScheme.class);
    lenient().when(scheme.getOneAndOnlyConfig()).thenReturn(config);
    lenient().when(field.getName()).thenReturn(name);
    lenient().when(field.getConfigurationSchemes()).thenReturn(List.of(scheme));
    fields.put(id, field);
    return field;
  }

  private Option option(String value) {
    return FakeJira.option(nextId++, value);
  }
}
