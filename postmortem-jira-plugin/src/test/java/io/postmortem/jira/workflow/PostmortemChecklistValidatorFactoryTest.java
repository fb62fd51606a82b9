package io.postmortem.jira.workflow;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import io.postmortem.core.checklist.SettingsSchema;
import io.postmortem.core.checklist.StandardChecklist;
import io.postmortem.jira.application.checklist.Choice;
import io.postmortem.jira.templates.VelocityTemplates;
import io.postmortem.jira.testing.BundleI18nHelper;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;

public class PostmortemChecklistValidatorFactoryTest {

  private final JiraAuthenticationContext auth = mock(JiraAuthenticationContext.class);
  private final Map<String, Object> form = new HashMap<>();
  private PostmortemChecklistValidatorFactory factory;

  @Before
  public void setUp() {
    when(auth.getI18nHelper()).thenReturn(BundleI18nHelper.forLocale(Locale.ENGLISH));
    factory = new PostmortemChecklistValidatorFactory(auth, StandardChecklist.engine());
    for (String rule : StandardChecklist.ruleIds()) {
      form.put("severity." + rule, new String[] {"BLOCK"});
    }
  }

  @Test
  public void roundTripsRuleSeveritiesAndThresholdsFromFormToArgsToView() {
    form.put("severity.blameless-language", new String[] {"WARN"});
    form.put("severity.timeline", new String[] {"OFF"});
    form.put(SettingsSchema.MAX_ITEMS.key(), new String[] {"8"});
    form.put(
        PostmortemChecklistValidatorFactory.MORE_SETTINGS,
        new String[] {"due.days.SEV_1.HIGH.SHORT_TERM = 15"});

    Map<String, Object> view = factory.getVelocityParams("view", stored(form));

    assertTrue(((String) view.get("blocking")).contains("Linked to its incident"));
    assertEquals("Blameless language", view.get("warning"));
    assertEquals("Timeline is complete", view.get("off"));
    assertEquals(List.of("At most 8 action items."), view.get("thresholds"));
    assertEquals(List.of("due.days.SEV_1.HIGH.SHORT_TERM = 15"), view.get("moreSettings"));
    assertEquals(List.of(), view.get("ignored"));
  }

  @Test
  public void theEditFormShowsWhatWasStored() {
    form.put("severity.timeline", new String[] {"OFF"});
    form.put(SettingsSchema.MAX_ITEMS.key(), new String[] {"8"});

    Map<String, Object> edit = factory.getVelocityParams("edit-parameters", stored(form));

    RuleChoice timeline =
        ((List<?>) edit.get("rules"))
            .stream()
                .map(RuleChoice.class::cast)
                .filter(r -> r.id().equals("timeline"))
                .findFirst()
                .get();
    assertEquals(
        "OFF", timeline.severities().stream().filter(Choice::selected).findFirst().get().value());
    ThresholdField max =
        ((List<?>) edit.get("thresholds"))
            .stream()
                .map(ThresholdField.class::cast)
                .filter(t -> t.key().equals(SettingsSchema.MAX_ITEMS.key()))
                .findFirst()
                .get();
    assertEquals("8", max.value());
  }

  @Test
  public void theAddFormStartsFromEachRulesDefault() {
    Map<String, Object> input = factory.getVelocityParams("input-parameters", null);

    RuleChoice language =
        ((List<?>) input.get("rules"))
            .stream()
                .map(RuleChoice.class::cast)
                .filter(r -> r.id().equals("blameless-language"))
                .findFirst()
                .get();
    assertEquals(
        "WARN", language.severities().stream().filter(Choice::selected).findFirst().get().value());
  }

  @Test
  public void refusedValuesAreNotStoredButShownInTheView() {
    form.put(SettingsSchema.MAX_ITEMS.key(), new String[] {"lots"});

    Map<String, ?> args = factory.getDescriptorParams(form);
    Map<String, Object> view = factory.getVelocityParams("view", descriptor(args));

    assertFalse(args.containsKey(SettingsSchema.MAX_ITEMS.key()));
    assertEquals(List.of("items.max = lots"), view.get("ignored"));
  }

  @Test
  public void aMistypedRuleOrSettingInTheLinesIsRefusedNotSilentlyStored() {
    form.put(
        PostmortemChecklistValidatorFactory.MORE_SETTINGS,
        new String[] {"severity.timline = OFF\nsome.future.key = 1\nnot a line\nitems.min = 2"});

    Map<String, ?> args = factory.getDescriptorParams(form);
    Map<String, Object> view = factory.getVelocityParams("view", descriptor(args));

    assertFalse(args.containsKey("severity.timline"));
    assertFalse(args.containsKey("some.future.key"));
    assertEquals("2", args.get("items.min"));
    assertEquals(
        List.of("not a line", "severity.timline = OFF", "some.future.key = 1"),
        view.get("ignored"));
  }

  @Test
  public void rendersTheFormAndTheViewWithRealVelocity() {
    when(auth.getI18nHelper()).thenReturn(BundleI18nHelper.forLocale(Locale.GERMAN));
    form.put("severity.timeline", new String[] {"OFF"});
    form.put(SettingsSchema.MAX_ITEMS.key(), new String[] {"<b>8</b>"});
    VelocityTemplates velocity = new VelocityTemplates();
    ValidatorDescriptor descriptor = stored(form);

    String edit =
        velocity.render(
            "templates/workflow/checklist-edit.vm",
            factory.getVelocityParams("edit-parameters", descriptor),
            BundleI18nHelper.forLocale(Locale.GERMAN));
    String view =
        velocity.render(
            "templates/workflow/checklist-view.vm",
            factory.getVelocityParams("view", descriptor),
            BundleI18nHelper.forLocale(Locale.GERMAN));

    assertTrue(edit, edit.contains("name=\"severity.timeline\""));
    assertTrue(edit, edit.contains("<option value=\"OFF\" selected=\"selected\">Aus</option>"));
    assertTrue(view, view.contains("Nicht gepr\u00fcft: Zeitleiste ist vollst\u00e4ndig."));
    assertTrue(view, view.contains("items.max = &lt;b&gt;8&lt;/b&gt;"));
  }

  @Test
  public void roundTripsTheChoiceOfTheProjectsSettings() {
    form.put("settingsSource", new String[] {"project"});

    Map<String, ?> args = factory.getDescriptorParams(form);
    Map<String, Object> edit = factory.getVelocityParams("edit-parameters", descriptor(args));
    Map<String, Object> view = factory.getVelocityParams("view", descriptor(args));

    assertEquals(Map.of("settingsSource", "project"), args);
    assertEquals(true, edit.get("useProjectSettings"));
    assertEquals(true, view.get("useProjectSettings"));
  }

  @Test
  public void roundTripsTheChoiceOfTheseSettings() {
    form.put("settingsSource", new String[] {"workflow"});
    form.put("severity.timeline", new String[] {"OFF"});

    Map<String, ?> args = factory.getDescriptorParams(form);
    Map<String, Object> edit = factory.getVelocityParams("edit-parameters", descriptor(args));
    Map<String, Object> view = factory.getVelocityParams("view", descriptor(args));

    assertEquals("workflow", args.get("settingsSource"));
    assertEquals("OFF", args.get("severity.timeline"));
    assertEquals(false, edit.get("useProjectSettings"));
    assertEquals(false, view.get("useProjectSettings"));
    assertEquals("Timeline is complete", view.get("off"));
  }

  @Test
  public void aNewValidatorStartsWithTheProjectsSettings() {
    assertEquals(
        true, factory.getVelocityParams("input-parameters", null).get("useProjectSettings"));
  }

  @Test
  public void aValidatorSavedBeforeTheChoiceExistedKeepsItsOwnSettings() {
    Map<String, Object> view =
        factory.getVelocityParams(
            "view", descriptor(Map.of("severity.timeline", "OFF", "items.max", "8")));

    assertEquals(false, view.get("useProjectSettings"));
    assertEquals(List.of("At most 8 action items."), view.get("thresholds"));
  }

  @Test
  public void rendersTheChoiceWithRealVelocity() {
    form.put("settingsSource", new String[] {"project"});
    VelocityTemplates velocity = new VelocityTemplates();
    ValidatorDescriptor descriptor = stored(form);

    String edit =
        velocity.render(
            "templates/workflow/checklist-edit.vm",
            factory.getVelocityParams("edit-parameters", descriptor),
            BundleI18nHelper.forLocale(Locale.ENGLISH));
    String view =
        velocity.render(
            "templates/workflow/checklist-view.vm",
            factory.getVelocityParams("view", descriptor),
            BundleI18nHelper.forLocale(Locale.GERMAN));

    assertTrue(edit, edit.contains("value=\"project\" checked=\"checked\""));
    assertTrue(edit, edit.contains("Use these settings"));
    assertTrue(view, view.contains("Checklisten-Einstellungen seines Projekts"));
    assertTrue(view, !view.contains("Blockiert"));
  }

  private ValidatorDescriptor stored(Map<String, Object> submitted) {
    return descriptor(factory.getDescriptorParams(submitted));
  }

  @SuppressWarnings("unchecked")
  private static ValidatorDescriptor descriptor(Map<String, ?> args) {
    ValidatorDescriptor descriptor = new ValidatorDescriptor();
    descriptor.getArgs().putAll(args);
    descriptor.getArgs().put("class.name", PostmortemChecklistValidator.class.getName());
    return descriptor;
  }
}
