package io.postmortem.jira.application.recurrence;

import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.label.Label;
import io.postmortem.core.recurrence.IncidentProfile;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** How the recurrence guard reads an issue: its words and the components and labels it has. */
final class Profiles {
  private Profiles() {}

  static IncidentProfile of(Issue issue) {
    Set<String> facets = new LinkedHashSet<>(components(List.of(issue)));
    facets.addAll(labels(List.of(issue)));
    return new IncidentProfile(issue.getKey(), issue.getSummary(), issue.getDescription(), facets);
  }

  /**
   * A postmortem together with the incidents it reviews: one profile with all their summaries, its
   * narrative and their facets, since a recurrence may rhyme with any of them.
   */
  static IncidentProfile ofPostmortem(Issue postmortem, String narrative, List<Issue> incidents) {
    StringBuilder summary = new StringBuilder(nonNull(postmortem.getSummary()));
    StringBuilder text = new StringBuilder(nonNull(narrative));
    for (Issue incident : incidents) {
      summary.append(". ").append(nonNull(incident.getSummary()));
      text.append('\n').append(nonNull(incident.getDescription()));
    }
    List<Issue> all = new ArrayList<>(incidents);
    all.add(postmortem);
    Set<String> facets = new LinkedHashSet<>(components(all));
    facets.addAll(labels(all));
    return new IncidentProfile(postmortem.getKey(), summary.toString(), text.toString(), facets);
  }

  static Set<String> components(Collection<Issue> issues) {
    Set<String> names = new LinkedHashSet<>();
    for (Issue issue : issues) {
      Collection<ProjectComponent> components = issue.getComponents();
      if (components != null) {
        components.stream()
            .map(ProjectComponent::getName)
            .filter(Profiles::present)
            .forEach(names::add);
      }
    }
    return names;
  }

  static Set<String> labels(Collection<Issue> issues) {
    Set<String> names = new LinkedHashSet<>();
    for (Issue issue : issues) {
      Set<Label> labels = issue.getLabels();
      if (labels != null) {
        labels.stream().map(Label::getLabel).filter(Profiles::present).forEach(names::add);
      }
    }
    return names;
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  private static String nonNull(String value) {
    return value == null ? "" : value;
  }
}
