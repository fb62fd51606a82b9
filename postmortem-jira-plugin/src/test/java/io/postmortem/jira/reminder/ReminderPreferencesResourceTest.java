package io.postmortem.jira.reminder;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.postmortem.jira.application.issue.IssueAccess;
import io.postmortem.jira.rest.RestTestRuntime;
import io.postmortem.jira.testing.FakeJira;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.glassfish.jersey.test.JerseyTest;
import org.junit.Test;

public class ReminderPreferencesResourceTest extends JerseyTest {
  private InMemoryLedger ledger;

  @Override
  protected Application configure() {
    FakeJira stubs = new FakeJira();
    stubs.logIn("alice");
    ledger = new InMemoryLedger();
    IssueAccess access =
        new IssueAccess(stubs.issueManager, stubs.permissions, stubs.authenticationContext);
    return RestTestRuntime.application(stubs, new ReminderPreferencesResource(access, ledger));
  }

  @Test
  public void optsTheCallerOutAndBackIn() {
    Response out =
        target("reminders/preferences")
            .request()
            .put(Entity.entity("{\"optedOut\": true}", MediaType.APPLICATION_JSON));
    boolean optedOut = ledger.history("alice").optedOut();
    target("reminders/preferences")
        .request()
        .put(Entity.entity("{\"optedOut\": false}", MediaType.APPLICATION_JSON))
        .close();

    assertEquals(200, out.getStatus());
    assertTrue(optedOut);
    assertFalse(ledger.history("alice").optedOut());
    assertEquals(
        "{\"optedOut\":false}", target("reminders/preferences").request().get(String.class));
  }

  @Test
  public void rejectsABodyWithoutTheFlag() {
    Response response =
        target("reminders/preferences")
            .request()
            .put(Entity.entity("{}", MediaType.APPLICATION_JSON));

    assertEquals(400, response.getStatus());
    assertTrue(response.readEntity(String.class).contains("\"field\":\"optedOut\""));
    assertFalse(ledger.rows.containsKey("alice"));
  }
}
