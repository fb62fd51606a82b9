package io.postmortem.jira.setup;

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
import io.postmortem.jira.application.issue.JiraFixtures;
import io.postmortem.jira.application.issue.PostmortemConfiguration;
import io.postmortem.jira.application.recurrence.RecurrenceLinkType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Jira's admin services as Mockito mocks that remember what was created, so that a second setup run
 * sees the first one's work, as it would in Jira. Plugin settings keep what was put.
 */
final class FakeJiraAdmin {

  final IssueTypeManager issueTypeManager = mock(IssueTypeManager.class);
  final AvatarManager avatarManager = mock(AvatarManager.class);
  final IssueLinkTypeManager linkTypeManager = mock(IssueLinkTypeManager.class);
  final CustomFieldManager customFieldManager = mock(CustomFieldManager.class);
  final OptionsManager optionsManager = mock(OptionsManager.class);
  final ClusterLockService locks = mock(ClusterLockService.class);
  final ClusterLock lock = mock(ClusterLock.class);
  final PriorityManager priorityManager = mock(PriorityManager.class);
  final PluginSettingsFactory settingsFactory = mock(PluginSettingsFactory.class);
  final PluginSettings settings = mock(PluginSettings.class);

  final List<IssueType> issueTypes = new ArrayList<>();
  final List<IssueLinkType> linkTypes = new ArrayList<>();
  final Map<String, CustomField> fields = new HashMap<>();
  final Map<String, Object> stored = new HashMap<>();
  private long nextId = 10_000;

  FakeJiraAdmin() throws Exception {
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

    Priority highest = JiraFixtures.priority("1", "Highest");
    Priority high = JiraFixtures.priority("2", "High");
    lenient().when(priorityManager.getPriorities()).thenReturn(List.of(highest, high));

    lenient().when(settingsFactory.createGlobalSettings()).thenReturn(settings);
    lenient().when(settings.get(anyString())).thenAnswer(call -> stored.get(call.getArgument(0)));
    lenient()
        .when(settings.put(anyString(), any()))
        .thenAnswer(call -> stored.put(call.getArgument(0), call.getArgument(1)));
  }

  PostmortemConfiguration configuration() {
    return new PostmortemConfiguration(settingsFactory, customFieldManager);
  }

  PostmortemSetup setup() {
    return new PostmortemSetup(
        configuration(),
        new IssueTypeSetup(issueTypeManager, avatarManager),
        new LinkTypeSetup(linkTypeManager, new RecurrenceLinkType(settingsFactory)),
        new FieldSetup(customFieldManager, optionsManager),
        locks);
  }

  MappingForm mappingForm() {
    return new MappingForm(issueTypeManager, linkTypeManager, customFieldManager, priorityManager);
  }

  IssueType addIssueType(String name, boolean subTask) {
    IssueType type = JiraFixtures.issueType(String.valueOf(nextId++), subTask);
    lenient().when(type.getName()).thenReturn(name);
    issueTypes.add(type);
    return type;
  }

  IssueLinkType addLinkType(String name, String outward, String inward) {
    Long id = nextId++;
    IssueLinkType type = mock(IssueLinkType.class);
    lenient().when(type.getId()).thenReturn(id);
    lenient().when(type.getName()).thenReturn(name);
    lenient().when(type.getOutward()).thenReturn(outward);
    lenient().when(type.getInward()).thenReturn(inward);
    linkTypes.add(type);
    return type;
  }

  CustomField addField(String name) {
    String id = "customfield_" + nextId++;
    CustomField field = JiraFixtures.field(id);
    FieldConfig config = mock(FieldConfig.class);
    FieldConfigScheme scheme = mock(FieldConfigScheme.class);
    lenient().when(scheme.getOneAndOnlyConfig()).thenReturn(config);
    lenient().when(field.getName()).thenReturn(name);
    lenient().when(field.getConfigurationSchemes()).thenReturn(List.of(scheme));
    fields.put(id, field);
    return field;
  }

  private Option option(String value) {
    return JiraFixtures.option(nextId++, value);
  }
}
