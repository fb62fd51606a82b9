package io.postmortem.jira.setup;

import com.atlassian.jira.issue.fields.screen.FieldScreen;
import com.atlassian.jira.issue.fields.screen.FieldScreenImpl;
import com.atlassian.jira.issue.fields.screen.FieldScreenManager;
import com.atlassian.jira.issue.fields.screen.FieldScreenScheme;
import com.atlassian.jira.issue.fields.screen.FieldScreenSchemeImpl;
import com.atlassian.jira.issue.fields.screen.FieldScreenSchemeItem;
import com.atlassian.jira.issue.fields.screen.FieldScreenSchemeItemImpl;
import com.atlassian.jira.issue.fields.screen.FieldScreenSchemeManager;
import com.atlassian.jira.issue.fields.screen.FieldScreenTab;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortem.core.setup.ObjectKind;
import io.postmortem.core.setup.SetupAction;
import io.postmortem.core.setup.SetupLine;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds or creates the Postmortem and Remediation action screens and their screen schemes (one
 * screen for create, edit and view). Found by name; a screen an admin changed is adopted when it
 * still shows every field the checklist reads, and otherwise reported with what is missing.
 */
@Named
public class ScreenSetup {

  private static final Logger LOG = LoggerFactory.getLogger(ScreenSetup.class);

  private final FieldScreenManager screens;
  private final FieldScreenSchemeManager screenSchemes;

  @Inject
  public ScreenSetup(
      @ComponentImport FieldScreenManager screens,
      @ComponentImport FieldScreenSchemeManager screenSchemes) {
    this.screens = screens;
    this.screenSchemes = screenSchemes;
  }

  /**
   * Ensures the screen and the screen scheme of {@code spec}; {@code found} receives the scheme
   * when it exists afterwards.
   */
  List<SetupLine> ensure(
      ProjectRun run, ScreenSpec spec, Map<ScreenSpec, FieldScreenScheme> found) {
    String screenName = run.text(spec.screenNameKey());
    FieldScreen screen = screenNamed(screenName);
    SetupLine screenLine;
    if (screen != null) {
      List<String> missing = missingFields(run, spec, screen);
      screenLine =
          missing.isEmpty()
              ? run.line(ObjectKind.SCREEN, screenName, SetupAction.ADOPT)
              : run.line(ObjectKind.SCREEN, screenName, SetupAction.LEAVE_ALONE)
                  .because(
                      "postmortem.setup.project.reason.screen-missing-fields",
                      run.fieldNames(missing));
    } else if (!run.apply()) {
      screenLine = run.line(ObjectKind.SCREEN, screenName, SetupAction.CREATE);
    } else {
      screen = createScreen(run, spec, screenName);
      screenLine =
          screen == null
              ? run.line(ObjectKind.SCREEN, screenName, SetupAction.FAIL)
                  .because("postmortem.setup.project.reason.see-log")
              : run.line(ObjectKind.SCREEN, screenName, SetupAction.CREATE);
    }
    return List.of(screenLine, ensureScheme(run, spec, screen, found));
  }

  private SetupLine ensureScheme(
      ProjectRun run,
      ScreenSpec spec,
      FieldScreen screen,
      Map<ScreenSpec, FieldScreenScheme> found) {
    String name = run.text(spec.schemeNameKey());
    FieldScreenScheme scheme = schemeNamed(name);
    if (scheme != null) {
      found.put(spec, scheme);
      return run.line(ObjectKind.SCREEN_SCHEME, name, SetupAction.ADOPT);
    }
    if (!run.apply()) {
      return run.line(ObjectKind.SCREEN_SCHEME, name, SetupAction.CREATE);
    }
    if (screen == null) {
      return run.line(ObjectKind.SCREEN_SCHEME, name, SetupAction.FAIL)
          .because("postmortem.setup.project.reason.needs-screen");
    }
    try {
      FieldScreenScheme created = new FieldScreenSchemeImpl(screenSchemes, null);
      created.setName(name);
      created.setDescription(run.text(spec.schemeNameKey() + ".description"));
      created.store();
      FieldScreenSchemeItem item = new FieldScreenSchemeItemImpl(screenSchemes, screens);
      // No operation: the default item, so create, edit and view all use this screen.
      item.setIssueOperation(null);
      item.setFieldScreen(screen);
      created.addFieldScreenSchemeItem(item);
      found.put(spec, created);
      return run.line(ObjectKind.SCREEN_SCHEME, name, SetupAction.CREATE);
    } catch (RuntimeException e) {
      LOG.error("Could not create screen scheme {}", name, e);
      return run.line(ObjectKind.SCREEN_SCHEME, name, SetupAction.FAIL)
          .because("postmortem.setup.project.reason.error", String.valueOf(e.getMessage()));
    }
  }

  /** The app fields the checklist reads that this screen does not show. */
  static List<String> missingFields(ProjectRun run, ScreenSpec spec, FieldScreen screen) {
    return spec.requiredFieldIds(run.mapping()).stream()
        .filter(id -> !screen.containsField(id))
        .toList();
  }

  private FieldScreen createScreen(ProjectRun run, ScreenSpec spec, String name) {
    try {
      FieldScreen screen = new FieldScreenImpl(screens);
      screen.setName(name);
      screen.setDescription(run.text(spec.screenNameKey() + ".description"));
      screen.store();
      FieldScreenTab tab = screen.addTab(run.text("postmortem.setup.project.screen.tab"));
      for (String fieldId : spec.fieldIds(run.mapping())) {
        tab.addFieldScreenLayoutItem(fieldId);
      }
      return screen;
    } catch (RuntimeException e) {
      LOG.error("Could not create screen {}", name, e);
      return null;
    }
  }

  private FieldScreen screenNamed(String name) {
    return screens.getFieldScreens().stream()
        .filter(s -> name.equalsIgnoreCase(s.getName()))
        .findFirst()
        .orElse(null);
  }

  private FieldScreenScheme schemeNamed(String name) {
    return screenSchemes.getFieldScreenSchemes().stream()
        .filter(s -> name.equalsIgnoreCase(s.getName()))
        .findFirst()
        .orElse(null);
  }
}
