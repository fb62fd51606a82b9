package io.postmortem.jira.setup;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.jira.security.JiraAuthenticationContext;
import io.postmortem.jira.testing.BundleI18nHelper;
import io.postmortem.jira.testing.FakeJiraAdmin;
import java.util.Locale;
import org.junit.Test;

public class SetupOnStartTest {

  @Test
  public void aFailingSetupDoesNotStopTheAppFromStarting() throws Exception {
    FakeJiraAdmin jira = new FakeJiraAdmin();
    when(jira.issueTypeManager.getIssueTypes()).thenThrow(new IllegalStateException("db down"));
    JiraAuthenticationContext auth = mock(JiraAuthenticationContext.class);
    when(auth.getI18nHelper()).thenReturn(BundleI18nHelper.forLocale(Locale.ENGLISH));

    new SetupOnStart(jira.setup(), auth).onStart();

    verify(jira.lock).unlock();
  }

  @Test
  public void stoppingTheAppTouchesNothingInJira() throws Exception {
    FakeJiraAdmin jira = new FakeJiraAdmin();
    JiraAuthenticationContext auth = mock(JiraAuthenticationContext.class);

    new SetupOnStart(jira.setup(), auth).onStop();

    verifyNoInteractions(jira.issueTypeManager, jira.customFieldManager, jira.linkTypeManager);
  }
}
