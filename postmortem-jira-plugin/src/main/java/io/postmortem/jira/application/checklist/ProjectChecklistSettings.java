package io.postmortem.jira.application.checklist;

import io.postmortem.core.checklist.ChecklistSettings;
import io.postmortem.core.checklist.ParsedSettings;
import io.postmortem.jira.storage.ProjectSettingsStore;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place a project's checklist settings come from: what the project saved, or the defaults.
 * The live checklist, the postmortem panel and the checklist validator (unless a workflow admin
 * configured its own settings) all ask here, so the panel predicts what the transition decides.
 */
@Named
public final class ProjectChecklistSettings {

  private static final Logger LOG = LoggerFactory.getLogger(ProjectChecklistSettings.class);

  private final ProjectSettingsStore store;

  @Inject
  public ProjectChecklistSettings(ProjectSettingsStore store) {
    this.store = store;
  }

  /**
   * The settings of the project with {@code projectId}; defaults without saved settings. Saved
   * values that no longer make sense (edited in the database, or from another version) fall back to
   * their defaults with a warning rather than break the checklist.
   */
  public ChecklistSettings of(Long projectId) {
    if (projectId == null) {
      return ChecklistSettings.defaults();
    }
    return store
        .checklist(projectId)
        .map(
            saved -> {
              ParsedSettings parsed = ChecklistSettings.parse(saved);
              if (!parsed.isValid()) {
                LOG.warn(
                    "Checklist settings of project {} make no sense, defaults apply: {}",
                    projectId,
                    parsed.errors());
              }
              return parsed.settings();
            })
        .orElseGet(ChecklistSettings::defaults);
  }
}
