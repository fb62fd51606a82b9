package io.postmortem.jira.application.issue;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.postmortem.core.postmortem.Severity;
import io.postmortem.jira.testing.FakeJira;
import java.util.Properties;
import org.junit.Before;
import org.junit.Test;

public class PostmortemConfigurationTest {

  private final PluginSettingsFactory factory = mock(PluginSettingsFactory.class);
  private final PluginSettings settings = mock(PluginSettings.class);
  private final CustomFieldManager customFields = mock(CustomFieldManager.class);
  private PostmortemConfiguration configuration;

  @Before
  public void setUp() {
    when(factory.createGlobalSettings()).thenReturn(settings);
    configuration = new PostmortemConfiguration(factory, customFields);
  }

  @Test
  public void startsFromTheDefaultsWhenNothingIsStored() {
    assertEquals(JiraMapping.defaults(), configuration.current());
  }

  @Test
  public void fallsBackToTheDefaultsWhenTheStoredValueIsNotAMap() {
    when(settings.get(PostmortemConfiguration.SETTINGS_KEY)).thenReturn("garbage");

    assertEquals(JiraMapping.defaults(), configuration.current());
  }

  @Test
  public void readsPropertiesAsWellAsMaps() {
    Properties stored = new Properties();
    stored.putAll(FakeJira.setUpMapping().toMap());
    when(settings.get(PostmortemConfiguration.SETTINGS_KEY)).thenReturn(stored);

    assertEquals(FakeJira.setUpMapping(), configuration.current());
  }

  @Test
  public void storesTheFlatForm() {
    configuration.save(FakeJira.setUpMapping());

    verify(settings)
        .put(eq(PostmortemConfiguration.SETTINGS_KEY), eq(FakeJira.setUpMapping().toMap()));
  }

  @Test
  public void readsAnIncidentsSeverityFromTheMappedField() {
    when(settings.get(PostmortemConfiguration.SETTINGS_KEY))
        .thenReturn(FakeJira.setUpMapping().toMap());
    CustomField severity = FakeJira.field("customfield_10311");
    when(customFields.getCustomFieldObject("customfield_10311")).thenReturn(severity);
    Issue incident = mock(Issue.class);
    when(incident.getCustomFieldValue(severity)).thenReturn("Sev 2");

    assertEquals(Severity.SEV_2, configuration.severityOf(incident));
  }

  @Test
  public void readsAnIncidentsSeverityFromItsPriorityWhenNoFieldIsMapped() {
    Issue incident = mock(Issue.class);
    Priority highest = FakeJira.priority("1", "Highest");
    when(incident.getPriority()).thenReturn(highest);

    assertEquals(Severity.SEV_1, configuration.severityOf(incident));
  }
}
