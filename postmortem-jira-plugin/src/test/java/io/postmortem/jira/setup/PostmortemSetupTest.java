package io.postmortem.jira.setup;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.context.GlobalIssueContext;
import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.util.I18nHelper;
import io.postmortem.core.postmortem.Horizon;
import io.postmortem.jira.application.issue.FieldRole;
import io.postmortem.jira.application.issue.JiraMapping;
import io.postmortem.jira.testing.BundleI18nHelper;
import io.postmortem.jira.testing.FakeJiraAdmin;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mockito.MockedStatic;
import org.mockito.Mockito;

public class PostmortemSetupTest {

  private final I18nHelper i18n = BundleI18nHelper.forLocale(Locale.ENGLISH);
  private final JiraContextNode global = Mockito.mock(JiraContextNode.class);
  private FakeJiraAdmin jira;
  private MockedStatic<GlobalIssueContext> globalContext;

  @Before
  public void setUp() throws Exception {
    jira = new FakeJiraAdmin();
    globalContext = mockStatic(GlobalIssueContext.class);
    globalContext.when(GlobalIssueContext::getInstance).thenReturn(global);
  }

  @After
  public void tearDown() {
    globalContext.close();
  }

  @Test
  public void createsEverythingOnAnEmptyJiraAndRemembersTheIds() {
    List<SetupCheck> checks = jira.setup().repair(i18n);

    JiraMapping mapping = jira.configuration().current();
    assertTrue(checks.stream().limit(14).allMatch(c -> c.status() == SetupStatus.CREATED));
    assertEquals(
        "Postmortem",
        jira.issueTypeManager.getIssueType(mapping.postmortemIssueTypeId()).getName());
    assertEquals(
        "Remediation action",
        jira.issueTypeManager.getIssueType(mapping.remediationSubTaskTypeId()).getName());
    assertEquals(
        "reviews",
        jira.linkTypeManager.getIssueLinkType(mapping.postmortemLinkTypeId()).getOutward());
    assertEquals(
        "remediates",
        jira.linkTypeManager.getIssueLinkType(mapping.remediationLinkTypeId()).getInward());
    assertEquals("Impact", jira.fields.get(mapping.fieldId(FieldRole.IMPACT).get()).getName());
    assertEquals(10, jira.fields.size());
  }

  @Test
  public void neverDuplicatesOnASecondRun() throws Exception {
    jira.setup().repair(i18n);

    List<SetupCheck> second = jira.setup().repair(i18n);

    assertTrue(second.stream().limit(14).allMatch(c -> c.status() == SetupStatus.PRESENT));
    verify(jira.issueTypeManager, times(1)).createIssueType(anyString(), anyString(), any());
    verify(jira.issueTypeManager, times(1)).createSubTaskIssueType(anyString(), anyString(), any());
    verify(jira.linkTypeManager, times(2))
        .createIssueLinkType(anyString(), anyString(), anyString(), any());
    verify(jira.customFieldManager, times(10))
        .createCustomField(anyString(), anyString(), any(), any(), any(), any());
  }

  @Test
  public void findsRenamedFieldsByTheirStoredIdNotByName() throws Exception {
    jira.setup().repair(i18n);
    String impactId = jira.configuration().current().fieldId(FieldRole.IMPACT).get();
    when(jira.fields.get(impactId).getName()).thenReturn("Customer impact");

    List<SetupCheck> checks = jira.setup().repair(i18n);

    SetupCheck impact =
        checks.stream().filter(c -> c.labelKey().endsWith(".IMPACT")).findFirst().get();
    assertEquals(SetupStatus.PRESENT, impact.status());
    assertEquals("Customer impact", impact.jiraName());
    verify(jira.customFieldManager, times(10))
        .createCustomField(anyString(), anyString(), any(), any(), any(), any());
  }

  @Test
  public void scopesEachFieldToTheOneIssueTypeThatNeedsIt() throws Exception {
    jira.setup().repair(i18n);

    JiraMapping mapping = jira.configuration().current();
    IssueType postmortem = jira.issueTypeManager.getIssueType(mapping.postmortemIssueTypeId());
    IssueType remediation = jira.issueTypeManager.getIssueType(mapping.remediationSubTaskTypeId());
    verify(jira.customFieldManager)
        .createCustomField(
            eq("Impact"), anyString(), any(), any(), eq(List.of(global)), eq(List.of(postmortem)));
    verify(jira.customFieldManager)
        .createCustomField(
            eq("Horizon"),
            anyString(),
            any(),
            any(),
            eq(List.of(global)),
            eq(List.of(remediation)));
  }

  @Test
  public void remembersTheHorizonOptionsByTheirIds() {
    jira.setup().repair(i18n);

    Map<String, Horizon> horizons = jira.configuration().current().horizons();
    assertEquals(2, horizons.size());
    assertEquals(
        java.util.Set.of(Horizon.SHORT_TERM, Horizon.LONG_TERM),
        java.util.Set.copyOf(horizons.values()));
  }

  @Test
  public void adoptsALinkTypeOfTheSameNameAndDirectionsInsteadOfDuplicatingIt() {
    jira.addLinkType("Postmortem", "reviews", "is reviewed by");

    jira.setup().repair(i18n);

    verify(jira.linkTypeManager, times(1))
        .createIssueLinkType(anyString(), anyString(), anyString(), any());
    assertEquals(2, jira.linkTypes.size());
  }

  @Test
  public void checkingCreatesNothing() throws Exception {
    List<SetupCheck> checks = jira.setup().check(i18n);

    assertTrue(checks.stream().limit(14).allMatch(c -> c.status() == SetupStatus.MISSING));
    verify(jira.issueTypeManager, never()).createIssueType(anyString(), anyString(), any());
    assertTrue(jira.stored.isEmpty());
  }

  @Test
  public void reportsAFailedCreationWithoutThrowing() throws Exception {
    when(jira.customFieldManager.createCustomField(
            eq("Impact"), anyString(), any(), any(), any(), any()))
        .thenThrow(new org.ofbiz.core.entity.GenericEntityException("db"));

    List<SetupCheck> checks = jira.setup().repair(i18n);

    SetupCheck impact =
        checks.stream().filter(c -> c.labelKey().endsWith(".IMPACT")).findFirst().get();
    assertEquals(SetupStatus.FAILED, impact.status());
    assertTrue(impact.needsAttention());
  }

  @Test
  public void onlyChecksWhileAnotherNodeHoldsTheSetupLock() throws Exception {
    when(jira.lock.tryLock(anyLong(), any(TimeUnit.class))).thenReturn(false);

    jira.setup().repair(i18n);

    verify(jira.issueTypeManager, never()).createIssueType(anyString(), anyString(), any());
  }

  @Test
  public void namesCreatedObjectsInTheDefaultLanguage() {
    jira.setup().repair(BundleI18nHelper.forLocale(Locale.GERMAN));

    JiraMapping mapping = jira.configuration().current();
    assertNotNull(mapping.remediationSubTaskTypeId());
    assertEquals(
        "Abhilfema\u00dfnahme",
        jira.issueTypeManager.getIssueType(mapping.remediationSubTaskTypeId()).getName());
  }
}
