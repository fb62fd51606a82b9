package io.postmortem.jira.reminder;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.postmortem.jira.application.http.RestErrors;
import io.postmortem.jira.application.issue.IssueAccess;
import io.postmortem.jira.storage.ReminderLedger;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /rest/postmortem/1.0/reminders/preferences}: the caller's own reminder opt-out, nobody
 * else's, so it needs no permission beyond being a licensed user.
 */
@Named
@Path("/reminders/preferences")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class ReminderPreferencesResource {
  private final IssueAccess access;
  private final ReminderLedger ledger;

  @Inject
  public ReminderPreferencesResource(IssueAccess access, ReminderLedger ledger) {
    this.access = access;
    this.ledger = ledger;
  }

  @GET
  public Response get() {
    ApplicationUser user = access.currentUser();
    return Response.ok(new Preferences(ledger.history(user.getKey()).optedOut())).build();
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public Response put(Preferences preferences) {
    if (preferences == null || preferences.optedOut() == null) {
      throw RestErrors.invalid("optedOut", "postmortem.reminder.error.body");
    }
    ApplicationUser user = access.currentUser();
    ledger.setOptedOut(user.getKey(), preferences.optedOut());
    return Response.ok(new Preferences(preferences.optedOut())).build();
  }

  /** The body of both methods. */
  public record Preferences(Boolean optedOut) {}
}
