package io.postmortem.jira.setup;

/**
 * The resolutions the Postmortem workflow sets: Publish sets "Done", Cancel sets "Won't Do". Jira
 * counts an issue without a resolution as unresolved whatever its status, so without them a
 * published postmortem would stay in every "resolution is EMPTY" search, on the dashboard and in
 * the reports.
 */
enum WorkflowResolution {
  DONE,
  CANCELLED;

  String placeholder() {
    return "@RES_" + name() + "@";
  }

  /** The i18n key of the resolution's name; ".description" adds its description. */
  String nameKey() {
    return "postmortem.setup.project.resolution." + name();
  }
}
