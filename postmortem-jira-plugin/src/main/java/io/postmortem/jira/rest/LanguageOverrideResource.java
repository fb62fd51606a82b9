package io.postmortem.jira.rest;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.postmortem.core.postmortem.LanguageOverride;
import io.postmortem.jira.application.checklist.LiveChecklist;
import io.postmortem.jira.application.checklist.MessageTexts;
import io.postmortem.jira.application.http.RestErrors;
import io.postmortem.jira.application.issue.IssueAccess;
import io.postmortem.jira.application.issue.JiraTime;
import io.postmortem.jira.application.issue.PostmortemReader;
import io.postmortem.jira.storage.LanguageOverrideStore;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** Keeping a phrase the blameless-language check flagged, with the reason on record. */
@Named
@LicensedOnly
@Path("postmortems/{key}/language-overrides")
@Produces(MediaType.APPLICATION_JSON)
public class LanguageOverrideResource {

  static final String KEY_UNKNOWN_FINGERPRINT = "postmortem.rest.error.unknown-fingerprint";

  private final IssueAccess access;
  private final LanguageOverrideStore store;
  private final JiraTime time;
  private final PostmortemReader reader;
  private final LiveChecklist checklist;
  private final MessageTexts texts;

  @Inject
  public LanguageOverrideResource(
      IssueAccess access,
      LanguageOverrideStore store,
      JiraTime time,
      PostmortemReader reader,
      LiveChecklist checklist,
      MessageTexts texts) {
    this.access = access;
    this.store = store;
    this.time = time;
    this.reader = reader;
    this.checklist = checklist;
    this.texts = texts;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response keep(@PathParam("key") String key, LanguageOverrideRequest body) {
    Issue postmortem = access.editable(key);
    LanguageOverrideRequest request = RequestFields.body(body);
    String fingerprint =
        RequestFields.text("fingerprint", request.fingerprint(), RequestFields.SHORT_MAX);
    String reason = RequestFields.text("reason", request.reason(), RequestFields.TEXT_MAX);
    if (!belongsTo(postmortem, fingerprint)) {
      throw RestErrors.invalid("fingerprint", KEY_UNKNOWN_FINGERPRINT);
    }
    LanguageOverride kept =
        store.keep(
            postmortem.getId(), fingerprint, reason, access.currentUser().getKey(), time.now());
    return Response.status(Response.Status.CREATED)
        .entity(
            Map.of(
                "fingerprint", kept.fingerprint(),
                "reason", kept.reason(),
                "keptBy", kept.userKey(),
                "keptByName", texts.forViewer().user(kept.userKey()),
                "keptAt", kept.at().toString()))
        .build();
  }

  /**
   * Only a finding the checklist reports on this postmortem now, or one already kept here, may be
   * kept: anything else would be stored without bound and never match.
   */
  private boolean belongsTo(Issue postmortem, String fingerprint) {
    PostmortemReader.Reading reading = reader.readWithIssues(postmortem);
    if (reading.postmortem().languageOverrides().stream()
        .anyMatch(kept -> kept.fingerprint().equals(fingerprint))) {
      return true;
    }
    return checklist.of(postmortem, reading).rules().stream()
        .flatMap(rule -> rule.messages().stream())
        .anyMatch(message -> fingerprint.equals(message.fingerprint()));
  }
}
