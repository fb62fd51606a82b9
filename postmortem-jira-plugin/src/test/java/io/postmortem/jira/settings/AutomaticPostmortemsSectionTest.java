package io.postmortem.jira.settings;

import static io.postmortem.jira.settings.ProjectSettingsFixture.post;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.postmortem.core.creation.AssigneeRule;
import io.postmortem.core.creation.AutomaticPostmortems;
import io.postmortem.core.postmortem.Severity;
import io.postmortem.jira.application.checklist.Choice;
import java.util.List;
import java.util.Locale;
import org.junit.Test;

/** The "Automatic postmortems" section of the project settings page. */
public class AutomaticPostmortemsSectionTest {

  private final ProjectSettingsFixture jira = new ProjectSettingsFixture(Locale.ENGLISH);

  @Test
  public void showsAutomaticPostmortemsSwitchedOffUntilAnAdminSwitchesThemOn() {
    jira.asProjectAdmin();
    ProjectSettingsAction action = jira.action();

    action.show("OPS");

    AutomaticSection section = action.getAutomatic();
    assertFalse(section.enabled());
    assertEquals("SEV_1", selected(section.severities()));
    assertEquals("INCIDENT_ASSIGNEE", selected(section.assigneeRules()));
    assertEquals(
        List.of("The assignee of the incident", "The facilitator named below", "The project lead"),
        section.assigneeRules().stream().map(Choice::label).toList());
    assertEquals(0, action.getErrorCount());
  }

  @Test
  public void savesTheRuleTogetherWithTheChecklistAndShowsItAsSaved() {
    jira.asProjectAdmin();
    ProjectSettingsAction action = jira.action();

    action.submit(
        post(
            "items.min", "2",
            "auto.enabled", "true",
            "auto.minimumSeverity", "SEV_2",
            "auto.assigneeRule", "FACILITATOR",
            "auto.facilitator", " grace ",
            "auto.postmortemProject", "ops"));

    assertEquals(
        new AutomaticPostmortems(true, Severity.SEV_2, AssigneeRule.FACILITATOR, "grace", "OPS"),
        jira.automaticStore.settings(100L));
    assertEquals("2", jira.store.checklist(100L).orElseThrow().get("items.min"));
    AutomaticSection shown = action.getAutomatic();
    assertTrue(shown.enabled());
    assertEquals("SEV_2", selected(shown.severities()));
    assertEquals("FACILITATOR", selected(shown.assigneeRules()));
    assertEquals("OPS", shown.project());
    assertTrue(action.getPage().saved());
  }

  @Test
  public void switchesThemOffWhenTheBoxIsUnchecked() {
    jira.asProjectAdmin();
    jira.action().submit(post("auto.enabled", "true", "auto.minimumSeverity", "SEV_3"));

    jira.action().submit(post("auto.minimumSeverity", "SEV_3"));

    assertFalse(jira.automaticStore.settings(100L).enabled());
    assertEquals(Severity.SEV_3, jira.automaticStore.settings(100L).minimumSeverity());
  }

  @Test
  public void refusesEveryBadValueOfBothSectionsAtOnceAndSavesNothing() {
    jira.asProjectAdmin();
    ProjectSettingsAction action = jira.action();

    action.submit(
        post(
            "items.min", "many",
            "auto.enabled", "true",
            "auto.assigneeRule", "FACILITATOR",
            "auto.facilitator", "nobody",
            "auto.postmortemProject", "NOPE"));

    assertTrue(jira.noRowSaved());
    assertEquals(AutomaticPostmortems.OFF, jira.automaticStore.settings(100L));
    assertEquals(3, action.getErrorCount());
    AutomaticSection shown = action.getAutomatic();
    assertEquals(List.of("There is no user nobody."), shown.errorsOf("facilitator"));
    assertEquals(
        List.of("There is no project NOPE you can see."), shown.errorsOf("postmortemProject"));
    assertEquals("nobody", shown.facilitator());
    assertTrue(shown.enabled());
    assertFalse(action.getPage().saved());
  }

  @Test
  public void asksForTheFacilitatorInTheAdminsLanguageWhenTheRuleNeedsOne() {
    ProjectSettingsFixture german = new ProjectSettingsFixture(Locale.GERMAN).asProjectAdmin();
    ProjectSettingsAction action = german.action();

    action.submit(post("auto.enabled", "true", "auto.assigneeRule", "FACILITATOR"));

    assertEquals(1, action.getErrorCount());
    assertEquals(
        List.of(
            "Nennen Sie die Moderation, die die Postmortems bekommt, oder w\u00e4hlen Sie eine"
                + " andere Zuweisungsregel."),
        action.getAutomatic().errorsOf("facilitator"));
    assertEquals(AutomaticPostmortems.OFF, german.automaticStore.settings(100L));
  }

  @Test
  public void neitherShowsNorChangesTheRuleForAUserWhoDoesNotAdministerTheProject() {
    jira.asProjectMember();
    ProjectSettingsAction action = jira.action();

    String result = action.submit(post("auto.enabled", "true"));

    assertEquals(ProjectSettingsAction.DENIED, result);
    assertEquals(AutomaticPostmortems.OFF, jira.automaticStore.settings(100L));
    assertEquals(null, action.getAutomatic());
  }

  @Test
  public void rendersARefusedNameAsTextWithItsReasonNextToItsField() {
    jira.asProjectAdmin();
    ProjectSettingsAction action = jira.action();
    action.submit(post("auto.assigneeRule", "FACILITATOR", "auto.facilitator", "<b>x</b>"));

    String html = jira.render(action, Locale.ENGLISH);

    assertFalse(html.contains("<b>x</b>"));
    assertTrue(html.contains("value=\"&lt;b&gt;x&lt;/b&gt;\""));
    int field = html.indexOf("id=\"pm-auto-facilitator\"");
    int error = html.indexOf("id=\"pm-auto-facilitator-error\"");
    int nextField = html.indexOf("id=\"pm-auto-postmortemProject\"");
    assertTrue(field < error && error < nextField);
    assertTrue(html.contains("aria-describedby=\"pm-auto-facilitator-error\""));
    assertTrue(html.contains("Nothing was saved: 1 value needs a correction."));
  }

  private static String selected(List<Choice> choices) {
    return choices.stream().filter(Choice::selected).findFirst().orElseThrow().value();
  }
}
