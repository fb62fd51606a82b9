package io.postmortem.jira.setup;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import io.postmortem.core.setup.ObjectKind;
import io.postmortem.core.setup.SetupAction;
import io.postmortem.core.setup.SetupLine;
import io.postmortem.core.setup.TransitionChoice;
import io.postmortem.jira.application.issue.JiraMapping;
import java.util.List;
import java.util.Map;

/**
 * One run of the project setup: the project, the admin it runs as, the app's mapping with the
 * current names of its fields (id to name, for messages), the admin's language, whether it writes
 * ({@code apply}) or only previews, and whether the admin confirmed publishing drafts of active
 * workflows ({@code publishDrafts}), which changes them for every issue that uses them, and which
 * closing transitions the gates go on ({@code transitions}).
 */
record ProjectRun(
    Project project,
    ApplicationUser admin,
    JiraMapping mapping,
    Map<String, String> fieldNames,
    I18nHelper i18n,
    boolean apply,
    boolean publishDrafts,
    TransitionChoice transitions) {

  ProjectRun {
    fieldNames = Map.copyOf(fieldNames);
  }

  /** The field names of these ids, for a message: "Impact, Facilitator". */
  String fieldNames(List<String> ids) {
    return String.join(", ", ids.stream().map(id -> fieldNames.getOrDefault(id, id)).toList());
  }

  SetupLine line(ObjectKind kind, String name, SetupAction action) {
    return SetupLine.of(kind, name, action, apply);
  }

  String text(String key) {
    return i18n.getText(key);
  }

  String text(String key, String arg) {
    return i18n.getText(key, arg);
  }

  String text(String key, String arg1, String arg2) {
    return i18n.getText(key, arg1, arg2);
  }

  /** The planned line, failed for a reason. */
  SetupLine failed(SetupLine planned, String reasonKey, String... args) {
    return SetupLine.of(planned.kind(), planned.name(), SetupAction.FAIL, apply)
        .because(reasonKey, args);
  }

  /** The planned line, failed with Jira's message. */
  SetupLine failed(SetupLine planned, Exception e) {
    return SetupLine.of(planned.kind(), planned.name(), SetupAction.FAIL, apply)
        .because("postmortem.setup.project.reason.error", String.valueOf(e.getMessage()));
  }
}
