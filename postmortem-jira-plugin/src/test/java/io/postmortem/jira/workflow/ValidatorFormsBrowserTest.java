package io.postmortem.jira.workflow;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import io.postmortem.core.checklist.StandardChecklist;
import io.postmortem.jira.templates.VelocityTemplates;
import io.postmortem.jira.testing.BundleI18nHelper;
import io.postmortem.jira.testing.HeadlessBrowser;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;

/** The checklist validator's form and view in a real browser; also the admin-guide images. */
public class ValidatorFormsBrowserTest {

  @Rule public final HeadlessBrowser browser = new HeadlessBrowser();

  @Test
  public void theFormOffersBlockWarnOffForEveryRuleAndTheViewSaysItInWords() throws Exception {
    JiraAuthenticationContext auth = mock(JiraAuthenticationContext.class);
    when(auth.getI18nHelper()).thenReturn(BundleI18nHelper.forLocale(Locale.ENGLISH));
    PostmortemChecklistValidatorFactory factory =
        new PostmortemChecklistValidatorFactory(auth, StandardChecklist.engine());
    ValidatorDescriptor descriptor = new ValidatorDescriptor();
    @SuppressWarnings("unchecked")
    Map<String, Object> args = descriptor.getArgs();
    args.putAll(
        factory.getDescriptorParams(
            Map.of(
                "severity.timeline", new String[] {"OFF"},
                "items.max", new String[] {"8"},
                "review.businessDays", new String[] {"7"})));
    VelocityTemplates velocity = new VelocityTemplates();
    String form =
        velocity.render(
            "templates/workflow/checklist-edit.vm",
            factory.getVelocityParams("edit-parameters", descriptor),
            BundleI18nHelper.forLocale(Locale.ENGLISH));
    String view =
        velocity.render(
            "templates/workflow/checklist-view.vm",
            factory.getVelocityParams("view", descriptor),
            BundleI18nHelper.forLocale(Locale.ENGLISH));
    browser.page("/form", page("<table class=\"aui\">" + form + "</table>"));
    browser.page("/view", page(view));

    browser.open("/form");
    int selects = browser.driver().findElements(By.cssSelector("select[name^='severity.']")).size();
    browser.screenshot(Path.of("../docs/images/admin-checklist-validator-form.png"));
    browser.open("/view");
    browser.screenshot(Path.of("../docs/images/admin-checklist-validator-view.png"));

    assertEquals(StandardChecklist.ruleIds().size(), selects);
    assertEquals(List.of(), browser.alerts());
  }

  private static String page(String body) {
    return HeadlessBrowser.auiPage(
        "Postmortem checklist",
        "<section class=\"aui-page-panel\"><div class=\"aui-page-panel-content\">"
            + body
            + "</div></section>",
        List.of(),
        List.of());
  }
}
