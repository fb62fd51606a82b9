package io.postmortem.jira.setup;

import io.postmortem.jira.application.issue.FieldRole;
import io.postmortem.jira.application.issue.JiraMapping;
import java.util.ArrayList;
import java.util.List;

/**
 * The two screens the setup makes, each used for create, edit and view of its issue type: the
 * fields the checklist reads must be on them, or the required-sections, horizon and success-measure
 * rules block every postmortem.
 */
enum ScreenSpec {
  POSTMORTEM(
      List.of("summary"),
      List.of(
          FieldRole.SEVERITY,
          FieldRole.REVIEW_MEETING_DATE,
          FieldRole.FACILITATOR,
          FieldRole.IMPACT,
          FieldRole.ROOT_CAUSES,
          FieldRole.RESOLUTION,
          FieldRole.WENT_WELL,
          FieldRole.WENT_WRONG,
          FieldRole.GOT_LUCKY),
      List.of("description")),
  REMEDIATION(
      List.of("summary", "assignee", "priority", "duedate"),
      List.of(FieldRole.HORIZON, FieldRole.SUCCESS_MEASURE, FieldRole.VERIFICATION),
      List.of("description"));

  private final List<String> systemBefore;
  private final List<FieldRole> roles;
  private final List<String> systemAfter;

  ScreenSpec(List<String> systemBefore, List<FieldRole> roles, List<String> systemAfter) {
    this.systemBefore = systemBefore;
    this.roles = roles;
    this.systemAfter = systemAfter;
  }

  /** Field ids in screen order; app fields not created or mapped (yet) are skipped. */
  List<String> fieldIds(JiraMapping mapping) {
    List<String> ids = new ArrayList<>(systemBefore);
    for (FieldRole role : roles) {
      mapping.fieldId(role).ifPresent(ids::add);
    }
    ids.addAll(systemAfter);
    return ids;
  }

  /** The app's own fields this screen must show for the checklist to be satisfiable. */
  List<String> requiredFieldIds(JiraMapping mapping) {
    List<String> ids = new ArrayList<>();
    for (FieldRole role : roles) {
      if (role != FieldRole.SEVERITY) {
        mapping.fieldId(role).ifPresent(ids::add);
      }
    }
    return ids;
  }

  String issueTypeId(JiraMapping mapping) {
    return this == POSTMORTEM
        ? mapping.postmortemIssueTypeId()
        : mapping.remediationSubTaskTypeId();
  }

  String screenNameKey() {
    return "postmortem.setup.project.screen." + name();
  }

  String schemeNameKey() {
    return "postmortem.setup.project.screen-scheme." + name();
  }
}
