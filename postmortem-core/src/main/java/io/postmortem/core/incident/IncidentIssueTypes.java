package io.postmortem.core.incident;

import java.util.Objects;

/**
 * Which issues linked to a postmortem are the incidents it reviews. With an incident type chosen,
 * only issues of that type; without one, every linked issue except other postmortems, since teams
 * record incidents as bugs, tasks or their own types.
 *
 * @param incidentTypeId the admin's Incident issue type id, or null for "any issue type"
 * @param postmortemTypeId the Postmortem issue type id, or null when not set up
 */
public record IncidentIssueTypes(String incidentTypeId, String postmortemTypeId) {

  /** Whether an issue of type {@code typeId} (null when unknown) counts as an incident. */
  public boolean isIncident(String typeId) {
    if (incidentTypeId != null) {
      return incidentTypeId.equals(typeId);
    }
    return typeId == null || !Objects.equals(typeId, postmortemTypeId);
  }
}
