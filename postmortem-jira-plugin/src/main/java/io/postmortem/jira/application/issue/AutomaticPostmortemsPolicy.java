package io.postmortem.jira.application.issue;

import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortem.core.checklist.SettingsError;
import io.postmortem.core.creation.AutomaticPostmortemSettings;
import io.postmortem.core.creation.AutomaticPostmortems;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one check of a submitted automatic-postmortem rule, for the REST API and the project settings
 * page alike: the core's parser, then that the facilitator and the postmortem project exist in this
 * Jira. Every refusal at once; the settings are {@link AutomaticPostmortems#OFF} unless there is
 * none.
 */
@Named
public class AutomaticPostmortemsPolicy {

  public static final String KEY_NO_PROJECT = "postmortem.auto.error.no-such-project";
  public static final String KEY_NO_USER = "postmortem.auto.error.no-such-user";

  private final ProjectManager projects;
  private final UserManager users;

  @Inject
  public AutomaticPostmortemsPolicy(
      @ComponentImport ProjectManager projects, @ComponentImport UserManager users) {
    this.projects = projects;
    this.users = users;
  }

  public AutomaticPostmortemSettings.Parsed check(Map<String, String> submitted) {
    AutomaticPostmortemSettings.Parsed parsed = AutomaticPostmortemSettings.parse(submitted);
    if (!parsed.valid()) {
      return parsed;
    }
    List<SettingsError> refused = unknownNames(parsed.settings());
    return refused.isEmpty()
        ? parsed
        : new AutomaticPostmortemSettings.Parsed(AutomaticPostmortems.OFF, refused);
  }

  private List<SettingsError> unknownNames(AutomaticPostmortems settings) {
    List<SettingsError> refused = new ArrayList<>();
    String facilitator = settings.facilitator();
    if (!facilitator.isEmpty() && users.getUserByName(facilitator) == null) {
      refused.add(
          new SettingsError(
              AutomaticPostmortemSettings.FACILITATOR, KEY_NO_USER, List.of(facilitator)));
    }
    String target = settings.postmortemProject();
    if (!target.isEmpty() && projects.getProjectObjByKey(target) == null) {
      refused.add(
          new SettingsError(
              AutomaticPostmortemSettings.POSTMORTEM_PROJECT, KEY_NO_PROJECT, List.of(target)));
    }
    return refused;
  }
}
