package io.postmortem.jira.report;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Map;
import org.junit.Test;

/** Who sees the remediation report in Jira's menu. */
public class ReportMenuConditionTest {
  private final JiraAuthenticationContext auth = mock(JiraAuthenticationContext.class);
  private final ReportMenuCondition condition = new ReportMenuCondition(auth);

  @Test
  public void showsTheReportToALoggedInUser() {
    when(auth.getLoggedInUser()).thenReturn(mock(ApplicationUser.class));

    assertTrue(condition.shouldDisplay(Map.of()));
  }

  @Test
  public void hidesTheReportFromAnAnonymousVisitor() {
    assertFalse(condition.shouldDisplay(Map.of()));
  }
}
