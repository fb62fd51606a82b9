package io.postmortem.core.incident;

import io.postmortem.core.postmortem.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which incidents need an accepted postmortem before they may close, and what counts as an accepted
 * postmortem. The plugin stores it in the incident validator's descriptor args under {@value
 * #SEVERITIES} and {@value #STATUSES} (persisted in workflow XML: never rename them).
 *
 * @param severities severities that need a postmortem
 * @param acceptedStatusIds Jira status ids of an accepted postmortem; empty means "resolved"
 * @param ignored stored values that made no sense and were left out
 */
public record IncidentPolicy(
    Set<Severity> severities, Set<String> acceptedStatusIds, List<String> ignored) {

  public static final String SEVERITIES = "severities";
  public static final String STATUSES = "acceptedStatuses";

  /** Sev 1 and Sev 2 incidents need a postmortem: the common threshold (Google SRE, PagerDuty). */
  public static final Set<Severity> DEFAULT_SEVERITIES = Set.of(Severity.SEV_1, Severity.SEV_2);

  public IncidentPolicy {
    severities = Set.copyOf(severities);
    acceptedStatusIds = Set.copyOf(acceptedStatusIds);
    ignored = List.copyOf(ignored);
  }

  public static IncidentPolicy defaults() {
    return new IncidentPolicy(DEFAULT_SEVERITIES, Set.of(), List.of());
  }

  /**
   * Reads stored or submitted args. Values that are not severities are ignored and reported; with
   * no usable severity at all the default applies, so a broken argument never switches the check
   * off silently.
   */
  public static IncidentPolicy parse(Map<String, String> args) {
    List<String> ignored = new ArrayList<>();
    Set<Severity> severities = EnumSet.noneOf(Severity.class);
    for (String value : split(args.get(SEVERITIES))) {
      try {
        Severity severity = Severity.valueOf(value.toUpperCase(Locale.ROOT));
        if (severity == Severity.NONE) {
          ignored.add(SEVERITIES + "=" + value);
        } else {
          severities.add(severity);
        }
      } catch (IllegalArgumentException e) {
        ignored.add(SEVERITIES + "=" + value);
      }
    }
    Set<String> statuses = new LinkedHashSet<>();
    for (String value : split(args.get(STATUSES))) {
      if (value.chars().allMatch(Character::isDigit)) {
        statuses.add(value);
      } else {
        ignored.add(STATUSES + "=" + value);
      }
    }
    return new IncidentPolicy(
        severities.isEmpty() ? DEFAULT_SEVERITIES : severities, statuses, ignored);
  }

  public Map<String, String> toMap() {
    Map<String, String> map = new LinkedHashMap<>();
    map.put(
        SEVERITIES, String.join(",", severities.stream().sorted().map(Severity::name).toList()));
    map.put(STATUSES, String.join(",", acceptedStatusIds.stream().sorted().toList()));
    return map;
  }

  public boolean requiresPostmortem(Severity severity) {
    return severities.contains(severity);
  }

  /**
   * Whether a postmortem counts as accepted: in one of the accepted statuses or, when none are
   * chosen, resolved (whatever its status is called).
   *
   * @param statusId the postmortem's status id, or null
   * @param resolved whether the postmortem has a resolution
   */
  public boolean accepts(String statusId, boolean resolved) {
    if (acceptedStatusIds.isEmpty()) {
      return resolved;
    }
    return statusId != null && acceptedStatusIds.contains(statusId);
  }

  private static List<String> split(String value) {
    if (value == null || value.isBlank()) {
      return List.of();
    }
    return Arrays.stream(value.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
  }
}
