package io.postmortem.jira.setup;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.context.GlobalIssueContext;
import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.security.JiraAuthenticationContext;
import io.postmortem.jira.templates.VelocityTemplates;
import io.postmortem.jira.testing.BundleI18nHelper;
import io.postmortem.jira.testing.FakeJiraAdmin;
import io.postmortem.jira.testing.HeadlessBrowser;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.MockedStatic;
import org.openqa.selenium.By;

/** The setup page as an admin sees it, in a real browser with AUI; also the admin-guide image. */
public class SetupPageBrowserTest {

  @Rule public final HeadlessBrowser browser = new HeadlessBrowser();

  @Test
  public void showsEachNeededObjectWithItsStatusAndRunsNoInjectedScript() throws Exception {
    FakeJiraAdmin jira = new FakeJiraAdmin();
    JiraAuthenticationContext auth = mock(JiraAuthenticationContext.class);
    when(auth.getI18nHelper()).thenReturn(BundleI18nHelper.forLocale(Locale.ENGLISH));
    String html;
    try (MockedStatic<GlobalIssueContext> global = mockStatic(GlobalIssueContext.class)) {
      JiraContextNode context = mock(JiraContextNode.class);
      global.when(GlobalIssueContext::getInstance).thenReturn(context);
      jira.addField("Severity <img src=x onerror=\"alert('xss')\">");
      PostmortemSetupAction action;
      try (FakeJiraProjects projects = new FakeJiraProjects()) {
        action =
            new PostmortemSetupAction(
                jira.setup(),
                jira.configuration(),
                jira.mappingForm(),
                projects.page(jira, List.of()),
                auth);
      }
      action.handle(Map.of("op", new String[] {"repair"}));
      html =
          new VelocityTemplates()
              .render(
                  "templates/setup/setup.vm",
                  Map.of("action", action, "atl_token", "t"),
                  BundleI18nHelper.forLocale(Locale.ENGLISH));
    }
    String body = html.substring(html.indexOf("<body>") + 6, html.indexOf("</body>"));
    browser.page(
        "/setup",
        HeadlessBrowser.auiPage(
            "Check and repair setup",
            "<section class=\"aui-page-panel\"><div class=\"aui-page-panel-content\">"
                + body
                + "</div></section>",
            List.of(),
            List.of()));

    browser.open("/setup");

    int rows =
        browser.driver().findElements(By.cssSelector("#postmortem-setup-checks tbody tr")).size();
    // One row per needed object; 19 since the verification-evidence field and the Recurrence link
    // type.
    assertEquals(19, rows);
    assertTrue(
        browser
            .driver()
            .findElement(By.id("postmortem-setup-checks"))
            .getText()
            .contains("Created now"));
    assertEquals(List.of(), browser.alerts());
    browser.screenshot(Path.of("../docs/images/admin-setup.png"));
  }
}
