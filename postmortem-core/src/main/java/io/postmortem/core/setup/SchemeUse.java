package io.postmortem.core.setup;

/**
 * How a project's scheme (workflow scheme, issue type screen scheme) stands towards the app's issue
 * types, as far as the decision to change, copy or leave it needs to know.
 *
 * @param isDefault Jira's default scheme, which every project without its own uses
 * @param projectsUsing how many projects use it, this one included
 * @param mappedToOurs how many of the app's issue types already map to the app's object
 * @param mappedElsewhere how many map explicitly to something else: an admin's choice
 * @param wanted how many issue types the setup wants mapped
 */
public record SchemeUse(
    boolean isDefault, int projectsUsing, int mappedToOurs, int mappedElsewhere, int wanted) {

  /**
   * Copy-on-write: a scheme another project uses (or Jira's default) is never edited; the project
   * gets its own copy with every other issue type mapped exactly as before. An explicit mapping an
   * admin made to something else is never overwritten, only reported.
   */
  public SetupAction decide() {
    if (mappedToOurs >= wanted) {
      return SetupAction.KEEP;
    }
    if (mappedElsewhere > 0) {
      return SetupAction.LEAVE_ALONE;
    }
    return isDefault || projectsUsing > 1 ? SetupAction.COPY : SetupAction.CHANGE;
  }
}
