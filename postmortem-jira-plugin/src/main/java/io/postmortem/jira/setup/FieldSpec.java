package io.postmortem.jira.setup;

import io.postmortem.jira.application.issue.FieldRole;
import java.util.List;

/**
 * A custom field the app creates: Jira's type and searcher keys (system custom field types, plugin
 * key {@code com.atlassian.jira.plugin.system.customfieldtypes}), and which of the app's issue
 * types it is for, so its context stays that narrow.
 *
 * @param role what it means to the app
 * @param typeKey the custom field type's full module key
 * @param searcherKey the searcher's full module key
 * @param onPostmortem true for the Postmortem type, false for the Remediation action type
 */
record FieldSpec(FieldRole role, String typeKey, String searcherKey, boolean onPostmortem) {

  private static final String SYSTEM = "com.atlassian.jira.plugin.system.customfieldtypes:";

  /** Every field the app creates, in the order the admin page lists them. */
  static final List<FieldSpec> ALL =
      List.of(
          narrative(FieldRole.IMPACT),
          narrative(FieldRole.ROOT_CAUSES),
          narrative(FieldRole.RESOLUTION),
          narrative(FieldRole.WENT_WELL),
          narrative(FieldRole.WENT_WRONG),
          narrative(FieldRole.GOT_LUCKY),
          new FieldSpec(
              FieldRole.REVIEW_MEETING_DATE, SYSTEM + "datepicker", SYSTEM + "daterange", true),
          new FieldSpec(
              FieldRole.FACILITATOR,
              SYSTEM + "userpicker",
              SYSTEM + "userpickergroupsearcher",
              true),
          new FieldSpec(
              FieldRole.HORIZON, SYSTEM + "select", SYSTEM + "multiselectsearcher", false),
          new FieldSpec(
              FieldRole.SUCCESS_MEASURE, SYSTEM + "textfield", SYSTEM + "textsearcher", false),
          new FieldSpec(
              FieldRole.VERIFICATION, SYSTEM + "textarea", SYSTEM + "textsearcher", false));

  private static FieldSpec narrative(FieldRole role) {
    return new FieldSpec(role, SYSTEM + "textarea", SYSTEM + "textsearcher", true);
  }

  /** The i18n key of the field's name; the description key adds ".description". */
  String nameKey() {
    return "postmortem.setup.field." + role.name();
  }
}
