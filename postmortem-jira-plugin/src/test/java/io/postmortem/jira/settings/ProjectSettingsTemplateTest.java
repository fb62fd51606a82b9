package io.postmortem.jira.settings;

import static io.postmortem.jira.settings.ProjectSettingsFixture.post;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.postmortem.jira.workflow.PostmortemChecklistValidatorFactory;
import io.postmortem.jira.workflow.RuleChoice;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

/** The page rendered by real Velocity 1.7, escaping as Jira does. */
public class ProjectSettingsTemplateTest {

  private static final Pattern CONTROL_ID =
      Pattern.compile("<(?:input|select|textarea)[^>]*\\bid=\"([^\"]+)\"");
  private static final Pattern LABEL_FOR = Pattern.compile("<label for=\"([^\"]+)\"");

  @Test
  public void tiesALabelToEveryFieldTheFormHas() {
    ProjectSettingsFixture jira = new ProjectSettingsFixture(Locale.ENGLISH).asProjectAdmin();
    ProjectSettingsAction action = jira.action();
    action.show("OPS");

    String html = jira.render(action, Locale.ENGLISH);

    Set<String> controls = matches(CONTROL_ID, html);
    controls.remove("postmortem-project-settings-save");
    assertEquals(controls, matches(LABEL_FOR, html));
    // 13 rules; 4 item, 10 due-date, 3 review fields; 6 section and 6 event kind checkboxes, 1
    // timeline field; 2 language checkboxes, 4 phrase fields; the recurrences' reopen switch;
    // more; role; the automatic postmortems' switch, severity, assignee rule, facilitator and
    // project.
    assertEquals(controls.toString(), 13 + 17 + 13 + 1 + 6 + 1 + 1 + 5, controls.size());
  }

  @Test
  public void escapesWhatTheAdminTypedAndShowsEachRefusalNextToItsField() {
    ProjectSettingsFixture jira = new ProjectSettingsFixture(Locale.ENGLISH).asProjectAdmin();
    ProjectSettingsAction action = jira.action();
    action.submit(
        post(
            "items.min", "\"><script>alert(1)</script>",
            "language.phrases.en", "<img src=x onerror=alert(2)>"));

    String html = jira.render(action, Locale.ENGLISH);

    assertFalse(html.contains("<script>alert(1)"));
    assertFalse(html.contains("<img src=x"));
    assertTrue(html.contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""));
    assertTrue(html.contains("&lt;img src=x onerror=alert(2)&gt;</textarea>"));
    int field = html.indexOf("id=\"pm-items-min\"");
    int error = html.indexOf("id=\"pm-items-min-error\"");
    int nextField = html.indexOf("id=\"pm-items-max\"");
    assertTrue(field < error && error < nextField);
    assertTrue(html.contains("aria-describedby=\"pm-items-min-error\""));
    assertTrue(html.contains("Nothing was saved: 1 value needs a correction."));
  }

  @Test
  public void rendersEveryWordInGermanToo() {
    ProjectSettingsFixture jira = new ProjectSettingsFixture(Locale.GERMAN).asProjectAdmin();
    ProjectSettingsAction action = jira.action();
    action.submit(post("items.max", "5", "riskAcceptanceRole", "Developers"));

    String html = jira.render(action, Locale.GERMAN);

    assertTrue(html.contains("Einstellungen gespeichert."));
    assertTrue(html.contains("Wer Risiken akzeptieren darf"));
    assertTrue(
        html.contains("<option value=\"Developers\" selected=\"selected\">Developers</option>"));
    assertFalse(html.contains("postmortem."));
  }

  @Test
  public void offersEveryRuleTheValidatorFormOffersUnderTheSameNameAndLabel() {
    ProjectSettingsFixture jira = new ProjectSettingsFixture(Locale.ENGLISH).asProjectAdmin();
    ProjectSettingsAction action = jira.action();
    action.show("OPS");
    Map<String, Object> validatorForm =
        new PostmortemChecklistValidatorFactory(jira.auth)
            .getVelocityParams("input-parameters", null);

    List<String> page = new ArrayList<>();
    action.getPage().rules().forEach(r -> page.add(r.name() + " " + r.label()));
    List<String> validator = new ArrayList<>();
    for (Object rule : (List<?>) validatorForm.get("rules")) {
      validator.add(((RuleChoice) rule).field() + " " + ((RuleChoice) rule).name());
    }

    assertEquals(validator, page);
  }

  @Test
  public void tellsARefusedUserNeitherWhetherTheProjectExistsNorWhatItHolds() {
    String html =
        new io.postmortem.jira.templates.VelocityTemplates()
            .render(
                "templates/settings/project-settings-denied.vm",
                Map.of(),
                io.postmortem.jira.testing.BundleI18nHelper.forLocale(Locale.ENGLISH));

    assertTrue(
        html.contains("The project does not exist, or you are not one of its administrators."));
    assertFalse(html.contains("<form"));
  }

  private static Set<String> matches(Pattern pattern, String html) {
    Set<String> found = new LinkedHashSet<>();
    Matcher m = pattern.matcher(html);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
