package io.postmortem.core.recurrence;

import java.util.Objects;
import java.util.Set;

/**
 * What the recurrence guard knows of one incident (or the postmortem that reviews it): the words
 * people used for it and the facets Jira files it under.
 *
 * @param key issue key of the incident, e.g. {@code INC-7}
 * @param summary its summary
 * @param narrative root cause and description text; may be empty
 * @param facets components, labels and service names, as Jira spells them
 */
public record IncidentProfile(String key, String summary, String narrative, Set<String> facets) {
  public IncidentProfile {
    Objects.requireNonNull(key, "key");
    summary = summary == null ? "" : summary;
    narrative = narrative == null ? "" : narrative;
    facets = facets == null ? Set.of() : Set.copyOf(facets);
  }

  /** An incident known only by its summary and facets. */
  public static IncidentProfile of(String key, String summary, Set<String> facets) {
    return new IncidentProfile(key, summary, "", facets);
  }
}
