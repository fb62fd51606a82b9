package io.postmortem.jira.rest;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.postmortem.core.recurrence.Verdict;
import io.postmortem.jira.application.http.RestErrors;
import io.postmortem.jira.application.issue.IssueAccess;
import io.postmortem.jira.application.issue.PostmortemReader;
import io.postmortem.jira.application.recurrence.RecurrenceGuard;
import io.postmortem.jira.application.recurrence.RecurrenceVerdicts;
import io.postmortem.jira.application.recurrence.RecurrenceView;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/**
 * Earlier incidents that rhyme with a postmortem, and the author's verdict on each: what the {@code
 * recurrence-reviewed} rule asks for before publishing.
 */
@Named
@LicensedOnly
@Path("postmortems/{key}/recurrences")
@Produces(MediaType.APPLICATION_JSON)
public class RecurrenceResource {

  static final String KEY_NOT_SUGGESTED = "postmortem.rest.error.not-suggested";

  private final IssueAccess access;
  private final PostmortemReader reader;
  private final RecurrenceGuard guard;
  private final RecurrenceVerdicts verdicts;

  @Inject
  public RecurrenceResource(
      IssueAccess access,
      PostmortemReader reader,
      RecurrenceGuard guard,
      RecurrenceVerdicts verdicts) {
    this.access = access;
    this.reader = reader;
    this.guard = guard;
    this.verdicts = verdicts;
  }

  /** Looks again and answers the suggestions the caller may see. */
  @GET
  public RecurrenceView get(@PathParam("key") String key) {
    Issue postmortem = access.browsable(key);
    return RecurrenceView.of(
        guard.review(postmortem, reader.readWithIssues(postmortem), access.currentUser()));
  }

  /** Marks one suggestion related or unrelated; related ones are linked as recurrences. */
  @PUT
  @Path("{candidate}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Map<String, Object> mark(
      @PathParam("key") String key,
      @PathParam("candidate") String candidateKey,
      RecurrenceRequest body) {
    Issue postmortem = access.editable(key);
    Issue earlier = access.browsable(candidateKey);
    Verdict verdict =
        RequestFields.choice("verdict", RequestFields.body(body).verdict(), Verdict.class);
    RecurrenceVerdicts.Marked marked =
        verdicts
            .mark(postmortem, earlier, verdict, access.currentUser())
            .orElseThrow(() -> RestErrors.invalid("candidate", KEY_NOT_SUGGESTED, candidateKey));
    return Map.of(
        "candidate", marked.suggestion().key(),
        "verdict", marked.suggestion().verdict().name(),
        "linked", marked.linked(),
        "reopened", marked.reopened().reopened(),
        "notReopened",
            marked.reopened().failures().stream()
                .map(failure -> Map.of("key", failure.key(), "reason", failure.reason()))
                .toList(),
        "hiddenNotReopened", marked.reopened().hidden(),
        "messages", marked.messages());
  }
}
