package io.postmortem.jira.settings;

import static io.postmortem.jira.settings.ProjectSettingsFixture.post;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.postmortem.jira.application.checklist.Choice;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

public class ProjectSettingsActionTest {

  private final ProjectSettingsFixture jira = new ProjectSettingsFixture(Locale.ENGLISH);

  @Test
  public void refusesAUserWhoCanSeeButNotAdministerTheProject() {
    jira.asProjectMember();
    ProjectSettingsAction action = jira.action();

    String shown = action.show("OPS");
    String submitted = action.submit(post("items.min", "2"));

    assertEquals(ProjectSettingsAction.DENIED, shown);
    assertEquals(ProjectSettingsAction.DENIED, submitted);
    assertTrue(jira.noRowSaved());
  }

  @Test
  public void answersAnUnknownProjectAndAnAnonymousUserWithTheSameRefusal() {
    ProjectSettingsAction anonymous = jira.action();
    jira.asProjectAdmin();
    ProjectSettingsAction admin = jira.action();

    String unknown = admin.show("NOPE");
    String cannotExist = admin.show("<script>");
    String notLoggedIn = new ProjectSettingsFixture(Locale.ENGLISH).action().show("OPS");

    assertEquals(ProjectSettingsAction.DENIED, unknown);
    assertEquals(ProjectSettingsAction.DENIED, cannotExist);
    assertEquals(ProjectSettingsAction.DENIED, notLoggedIn);
    assertEquals("", anonymous.getProjectKey());
  }

  @Test
  public void showsEmptyFieldsForTheDefaultsAndProjectAdministratorsAsTheRole() {
    jira.asProjectAdmin();
    ProjectSettingsAction action = jira.action();

    String result = action.show("OPS");

    assertEquals(ProjectSettingsAction.SUCCESS, result);
    assertEquals("Operations", action.getProjectName());
    assertEquals("", input(action, "items.min").value());
    assertEquals(
        List.of(
            new Choice("", "Project administrators", true),
            new Choice("Developers", "Developers", false),
            new Choice("Stakeholders", "Stakeholders", false)),
        action.getPage().roles());
    assertEquals("BLOCK", selected(rule(action, "severity.critical-or-high-item")));
    assertFalse(action.getPage().saved());
  }

  @Test
  public void savesValidSettingsAndTheRoleAndSaysSo() {
    jira.asProjectAdmin();
    ProjectSettingsAction action = jira.action();

    String result =
        action.submit(
            post(
                "items.min", " 2 ",
                "severity.timeline", "OFF",
                "due.days.SEV_1.*.SHORT_TERM", "15",
                "language.phrases.en", "cowboy coding",
                "riskAcceptanceRole", "Stakeholders"));

    assertEquals(ProjectSettingsAction.SUCCESS, result);
    assertTrue(action.getPage().saved());
    assertEquals(0, action.getPage().errorCount());
    Map<String, String> saved = jira.store.checklist(100L).orElseThrow();
    assertEquals("2", saved.get("items.min"));
    assertEquals("OFF", saved.get("severity.timeline"));
    assertEquals("15", saved.get("due.days.SEV_1.*.SHORT_TERM"));
    assertEquals("cowboy coding", saved.get("language.phrases.en"));
    assertEquals(Optional.of("Stakeholders"), jira.store.riskAcceptanceRole(100L));
    assertEquals("2", input(action, "items.min").value());
    assertEquals("OFF", selected(rule(action, "severity.timeline")));
  }

  @Test
  public void savesNothingForInvalidInputKeepsItAndExplainsEachValueNextToItsField() {
    jira.asProjectAdmin();
    ProjectSettingsAction action = jira.action();

    action.submit(
        post(
            "items.min", "two",
            "review.businessDays", "-1",
            "language.phrases.de", "Schuld von Max",
            "checklist.moreSettings", "calendar.zone = Mars/Base\nno equals sign",
            "riskAcceptanceRole", "Ghosts"));

    assertTrue(jira.noRowSaved());
    ProjectSettingsPage page = action.getPage();
    assertFalse(page.saved());
    assertEquals(5, page.errorCount());
    assertEquals("two", input(action, "items.min").value());
    assertEquals(List.of("'two' is not a whole number."), input(action, "items.min").errors());
    assertEquals(
        List.of("'-1' is negative: use 0 or more."), input(action, "review.businessDays").errors());
    assertEquals("Schuld von Max", input(action, "language.phrases.de").value());
    assertEquals("calendar.zone = Mars/Base\nno equals sign", page.more().value());
    assertEquals(
        List.of(
            "\"no equals sign\" is not of the form key = value.",
            "calendar.zone: 'Mars/Base' is not a time zone (for example Europe/Berlin or UTC)."),
        page.more().errors());
    assertEquals(List.of("\"Ghosts\" is not a project role of this Jira."), page.roleErrors());
  }

  @Test
  public void refusesAMistypedRuleOrSettingNameInTheFreeTextFieldNamingIt() {
    jira.asProjectAdmin();
    ProjectSettingsAction action = jira.action();

    action.submit(
        post("checklist.moreSettings", "severity.timline = OFF\nitems.mxa = 3\nitems.max = 4"));

    assertTrue(jira.noRowSaved());
    assertEquals(
        List.of(
            "severity.timline: \"timline\" is not a checklist rule; did you mean \"timeline\"?",
            "items.mxa: \"items.mxa\" is not a checklist setting; the rule pages in docs/rules"
                + " list every setting."),
        action.getPage().more().errors());
  }

  @Test
  public void refusesAValueTheRestApiWouldRefuseAsTooLong() {
    jira.asProjectAdmin();
    ProjectSettingsAction action = jira.action();

    // 970 phrases of 199 characters: each phrase and their number were within the old limits.
    action.submit(post("language.phrases.en", ("a".repeat(199) + "|").repeat(970)));

    assertTrue(jira.noRowSaved());
    assertEquals(
        List.of("The value has 194000 characters; at most 4000 are accepted."),
        input(action, "language.phrases.en").errors());
  }

  @Test
  public void refusesAMistypedSettingNameInsteadOfDroppingItSilently() {
    jira.asProjectAdmin();
    ProjectSettingsAction action = jira.action();

    action.submit(post("checklist.moreSettings", "items.maximum = 4"));

    assertTrue(jira.noRowSaved());
    assertEquals(1, action.getPage().more().errors().size());
    assertTrue(action.getPage().more().errors().get(0).startsWith("items.maximum: "));
  }

  @Test
  public void keepsSettingsWithoutAFieldOfTheirOwnWhenTheShownFormIsSavedAgain() {
    jira.asProjectAdmin();
    jira.store.save(
        100L, Map.of("due.days.SEV_1.HIGH.SHORT_TERM", "10", "items.max", "6"), "Developers");
    ProjectSettingsAction action = jira.action();
    action.show("OPS");
    String more = action.getPage().more().value();

    action.submit(post("items.max", "6", "checklist.moreSettings", more, "riskAcceptanceRole", ""));

    assertEquals("due.days.SEV_1.HIGH.SHORT_TERM = 10", more);
    assertEquals(
        Map.of("due.days.SEV_1.HIGH.SHORT_TERM", "10", "items.max", "6"),
        jira.store.checklist(100L).orElseThrow());
    assertEquals(Optional.empty(), jira.store.riskAcceptanceRole(100L));
  }

  @Test
  public void explainsRefusalsInTheAdminsLanguage() {
    ProjectSettingsFixture german = new ProjectSettingsFixture(Locale.GERMAN).asProjectAdmin();
    ProjectSettingsAction action = german.action();

    action.submit(post("items.max", "viele"));

    assertEquals(
        List.of("'viele' ist keine ganze Zahl."), inputOf(action.getPage(), "items.max").errors());
    assertEquals(
        "Speichern", german.auth.getI18nHelper().getText("postmortem.projectsettings.save"));
  }

  @Test
  public void checksTheDefaultEntriesOfAListSettingUntilTheAdminChoosesOthers() {
    jira.asProjectAdmin();
    ProjectSettingsAction action = jira.action();
    action.show("OPS");
    List<String> before = checked(input(action, "timeline.requiredKinds"));

    action.submit(
        Map.of(
            ProjectSettingsAction.PROJECT_KEY,
            new String[] {"OPS"},
            "timeline.requiredKinds",
            new String[] {"DETECTED", "MITIGATED"}));

    assertEquals(List.of("STARTED", "DETECTED", "RESOLVED"), before);
    assertEquals(
        "DETECTED,MITIGATED",
        jira.store.checklist(100L).orElseThrow().get("timeline.requiredKinds"));
    assertEquals(
        List.of("DETECTED", "MITIGATED"), checked(input(action, "timeline.requiredKinds")));
  }

  private static List<String> checked(SettingInput input) {
    return input.choices().stream().filter(Choice::selected).map(Choice::value).toList();
  }

  private static SettingInput input(ProjectSettingsAction action, String name) {
    return inputOf(action.getPage(), name);
  }

  private static SettingInput inputOf(ProjectSettingsPage page, String name) {
    return page.groups().stream()
        .flatMap(g -> g.inputs().stream())
        .filter(i -> i.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private static RuleSetting rule(ProjectSettingsAction action, String name) {
    return action.getPage().rules().stream()
        .filter(r -> r.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private static String selected(RuleSetting rule) {
    return rule.options().stream().filter(Choice::selected).findFirst().orElseThrow().value();
  }
}
