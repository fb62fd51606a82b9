package io.postmortem.jira.setup;

import com.atlassian.jira.util.I18nHelper;
import io.postmortem.core.setup.GateTransition;
import io.postmortem.core.setup.SetupReport;
import io.postmortem.core.setup.TransitionChoice;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The preview's choice of closing transitions: one group of checkboxes per gated workflow, ticked
 * as the admin chose (every one until the admin chooses), and the admin's choice read back from the
 * submitted form.
 */
final class TransitionPicks {

  /** The form field each ticked checkbox sends, its value a {@link GateTransition#key()}. */
  static final String FIELD = "gateTransitions";

  /** Sent by every form that shows the checkboxes, so that "none ticked" is a choice too. */
  static final String CHOSEN = "gateChoice";

  private TransitionPicks() {}

  static TransitionChoice choice(Map<String, String[]> params) {
    if (!"true".equals(ProjectSetupPage.first(params, CHOSEN))) {
      return TransitionChoice.everyTransition();
    }
    String[] keys = params.get(FIELD);
    return TransitionChoice.of(keys == null ? List.of() : List.of(keys));
  }

  static List<TransitionGroup> groups(
      SetupReport report, TransitionChoice choice, I18nHelper i18n) {
    Map<String, List<TransitionPick>> byWorkflow = new LinkedHashMap<>();
    for (GateTransition transition : report.transitions()) {
      String legend =
          i18n.getText(
              "postmortem.setup.project.transitions.legend." + transition.gate().name(),
              transition.workflow(),
              transition.projectKey());
      byWorkflow
          .computeIfAbsent(legend, l -> new ArrayList<>())
          .add(pick(transition, choice, i18n));
    }
    List<TransitionGroup> groups = new ArrayList<>();
    byWorkflow.forEach((legend, picks) -> groups.add(new TransitionGroup(legend, picks)));
    return groups;
  }

  private static TransitionPick pick(
      GateTransition transition, TransitionChoice choice, I18nHelper i18n) {
    String from =
        transition.from().isEmpty()
            ? i18n.getText("postmortem.setup.project.transitions.any-status")
            : String.join(", ", transition.from());
    return new TransitionPick(
        "gate-transition-" + transition.key().replaceAll("[^A-Za-z0-9_-]", "-"),
        transition.key(),
        i18n.getText(
            "postmortem.setup.project.transitions.label", transition.name(), from, transition.to()),
        choice.chosen(transition),
        transition.gated() ? i18n.getText("postmortem.setup.project.transitions.gated") : "");
  }
}
