package it.io.postmortem.jira.setup;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The issue's "done when" on a real Jira (atlassian profile only): a fresh project, one setup
 * action, a postmortem whose create screen has the app's fields, Publish refused with the
 * checklist's messages, the gap fixed, Publish accepted; and the incident close gate on the one
 * closing transition the admin ticks. Needs an administrator's personal access token: {@code
 * -Dit.baseUrl=http://localhost:2990/jira -Dit.pat=...}. Deletes its project.
 */
public class ProjectSetupIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final String baseUrl = System.getProperty("it.baseUrl", "http://localhost:2990/jira");
  private final String token = System.getProperty("it.pat", System.getenv("JIRA_PAT"));
  private final HttpClient http = HttpClient.newHttpClient();
  private final String key = "PMIT" + (System.currentTimeMillis() % 10_000);

  @Before
  public void createFreshProject() throws Exception {
    String me = JSON.readTree(send("GET", "/rest/api/2/myself", null).body()).get("name").asText();
    HttpResponse<String> created =
        send(
            "POST",
            "/rest/api/2/project",
            "{\"key\":\""
                + key
                + "\",\"name\":\"Postmortem IT "
                + key
                + "\",\"projectTypeKey\":\"business\",\"lead\":\""
                + me
                + "\"}");
    assertEquals(created.body(), 201, created.statusCode());
  }

  @After
  public void deleteProject() throws Exception {
    send("DELETE", "/rest/api/2/project/" + key, null);
  }

  @Test
  public void oneSetupActionGivesAProjectWhosePublishRunsTheChecklist() throws Exception {
    HttpResponse<String> applied =
        form("/secure/admin/PostmortemSetup.jspa", "op=apply&projectKey=" + encode(key));
    assertEquals(200, applied.statusCode());
    assertFalse(applied.body(), applied.body().contains("aui-message-error"));
    String wiring =
        send("GET", "/secure/admin/PostmortemSetup!default.jspa?projectKey=" + key, null).body();
    assertTrue(wiring.contains("postmortem-wiring"));

    // Jira 9+ has only the paged per-issue-type create metadata (the expand form is gone).
    String postmortemType = issueTypeId("Postmortem");
    JsonNode fields =
        JSON.readTree(
                send(
                        "GET",
                        "/rest/api/2/issue/createmeta/"
                            + key
                            + "/issuetypes/"
                            + postmortemType
                            + "?maxResults=200",
                        null)
                    .body())
            .get("values");
    String impactField = fieldNamed(fields, "Impact");
    assertFalse("Impact is on the create screen", impactField.isEmpty());

    String postmortem = createPostmortem();
    transition(postmortem, "Submit for review", 204);
    HttpResponse<String> refused = transition(postmortem, "Publish", 400);
    assertTrue(refused.body(), refused.body().contains("does not review an incident yet"));

    // The fix: this project's checklist keeps only the required sections, which the author fills.
    HttpResponse<String> settings =
        send(
            "PUT",
            "/rest/postmortem/1.0/projects/" + key + "/settings",
            "{\"checklist\":{"
                + "\"severity.incident-linked\":\"OFF\",\"severity.critical-or-high-item\":\"OFF\","
                + "\"severity.short-and-long-term-items\":\"OFF\",\"severity.success-measure\":\"OFF\","
                + "\"severity.action-item-count\":\"OFF\",\"severity.timeline\":\"OFF\","
                + "\"severity.owners-confirmed\":\"OFF\",\"severity.due-within-limit\":\"OFF\"}}");
    assertEquals(settings.body(), 200, settings.statusCode());
    StringBuilder sections = new StringBuilder();
    for (String name :
        new String[] {
          "Impact",
          "Root causes and contributing factors",
          "Resolution",
          "What went well",
          "What went wrong",
          "Where we got lucky"
        }) {
      sections
          .append(sections.length() == 0 ? "" : ",")
          .append('"')
          .append(fieldNamed(fields, name))
          .append("\":\"Checkout was slow for 20 minutes after the cache node restarted.\"");
    }
    assertEquals(
        204,
        send("PUT", "/rest/api/2/issue/" + postmortem, "{\"fields\":{" + sections + "}}")
            .statusCode());

    transition(postmortem, "Publish", 204);
  }

  /**
   * The incident close gate on the one closing transition the admin ticks: Task stands in for the
   * incident type (a business project offers it), and without a severity field the severity comes
   * from the priority, so a Highest task is a Sev 1 incident. Jira's system workflow is shared, so
   * the project gets a copy with the gate on "Resolve Issue" only.
   */
  @Test
  public void theIncidentGateGoesOnTheTickedClosingTransitionOnly() throws Exception {
    String task = "";
    for (JsonNode type : JSON.readTree(send("GET", "/rest/api/2/issuetype", null).body())) {
      task = "Task".equals(type.get("name").asText()) ? type.get("id").asText() : task;
    }
    String original = mappingForm(Map.of());
    assertEquals(
        200,
        form(
                "/secure/admin/PostmortemSetup.jspa",
                mappingForm(Map.of("issuetype.incident", task, "field.SEVERITY", "")))
            .statusCode());
    try {
      incidentGateOnTheTickedTransition();
    } finally {
      form("/secure/admin/PostmortemSetup.jspa", original);
    }
  }

  private void incidentGateOnTheTickedTransition() throws IOException, InterruptedException {
    String preview =
        send("GET", "/secure/admin/PostmortemSetup!default.jspa?projectKey=" + key, null).body();
    Matcher resolve =
        Pattern.compile(
                "value=\"(INCIDENT_GATE:" + key + ":\\d+)\"[^>]*>\\s*<label[^>]*>Resolve Issue:")
            .matcher(preview);
    assertTrue(preview, resolve.find());
    HttpResponse<String> applied =
        form(
            "/secure/admin/PostmortemSetup.jspa",
            "op=apply&projectKey="
                + encode(key)
                + "&gateChoice=true&publishDrafts=true&gateTransitions="
                + encode(resolve.group(1)));
    assertFalse(applied.body(), applied.body().contains("aui-message-error"));

    String incident = createIssue("Task", "\"priority\":{\"name\":\"Highest\"}");
    HttpResponse<String> refused = transition(incident, "Resolve Issue", 400);
    assertTrue(refused.body(), refused.body().contains("needs a postmortem"));
    transition(incident, "Close Issue", 204);
  }

  /**
   * The setup page's mapping form as it stands, with {@code changes}: every select of the form and
   * the severity lines, since saving stores the whole mapping.
   */
  private String mappingForm(Map<String, String> changes) throws IOException, InterruptedException {
    String page = send("GET", "/secure/admin/PostmortemSetup!default.jspa", null).body();
    String mapping = page.substring(page.indexOf("id=\"postmortem-setup-mapping\""));
    StringBuilder body = new StringBuilder("op=save");
    Matcher select =
        Pattern.compile(
                "<select class=\"select\" name=\"([^\"]+)\"[^>]*>(.*?)</select>", Pattern.DOTALL)
            .matcher(mapping);
    while (select.find()) {
      Matcher chosen =
          Pattern.compile("<option value=\"([^\"]*)\" selected").matcher(select.group(2));
      String value = changes.getOrDefault(select.group(1), chosen.find() ? chosen.group(1) : "");
      body.append('&').append(encode(select.group(1))).append('=').append(encode(value));
    }
    Matcher lines =
        Pattern.compile("name=\"severityLines\"[^>]*>(.*?)</textarea>", Pattern.DOTALL)
            .matcher(mapping);
    if (lines.find()) {
      body.append("&severityLines=").append(encode(unescape(lines.group(1))));
    }
    return body.toString();
  }

  private static String unescape(String html) {
    return html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }

  private String createIssue(String type, String more) throws IOException, InterruptedException {
    HttpResponse<String> created =
        send(
            "POST",
            "/rest/api/2/issue",
            "{\"fields\":{\"project\":{\"key\":\""
                + key
                + "\"},\"issuetype\":{\"name\":\""
                + type
                + "\"},\"summary\":\"Checkout outage\","
                + more
                + "}}");
    assertEquals(created.body(), 201, created.statusCode());
    return JSON.readTree(created.body()).get("key").asText();
  }

  private String createPostmortem() throws IOException, InterruptedException {
    HttpResponse<String> created =
        send(
            "POST",
            "/rest/api/2/issue",
            "{\"fields\":{\"project\":{\"key\":\""
                + key
                + "\"},\"issuetype\":{\"name\":\"Postmortem\"},\"summary\":\"Checkout outage\"}}");
    assertEquals(created.body(), 201, created.statusCode());
    return JSON.readTree(created.body()).get("key").asText();
  }

  private HttpResponse<String> transition(String issue, String name, int expected)
      throws IOException, InterruptedException {
    JsonNode transitions =
        JSON.readTree(
                send(
                        "GET",
                        "/rest/api/2/issue/" + issue + "/transitions?expand=transitions.fields",
                        null)
                    .body())
            .get("transitions");
    String id = "";
    for (JsonNode transition : transitions) {
      if (name.equals(transition.get("name").asText())) {
        id = transition.get("id").asText();
      }
    }
    assertFalse("transition " + name, id.isEmpty());
    HttpResponse<String> done =
        send(
            "POST",
            "/rest/api/2/issue/" + issue + "/transitions",
            "{\"transition\":{\"id\":\""
                + id
                + "\"}"
                + (resolves(transitions, id)
                    ? ",\"fields\":{\"resolution\":{\"name\":\"Done\"}}"
                    : "")
                + "}");
    assertEquals(done.body(), expected, done.statusCode());
    return done;
  }

  /** Whether the transition's screen asks for a resolution (Jira's Resolve and Close do). */
  private static boolean resolves(JsonNode transitions, String id) {
    for (JsonNode transition : transitions) {
      if (id.equals(transition.get("id").asText())) {
        return transition.path("fields").has("resolution");
      }
    }
    return false;
  }

  /** The id of the create-screen field of this name, from the paged create metadata. */
  private static String fieldNamed(JsonNode fields, String name) {
    for (JsonNode field : fields) {
      if (name.equals(field.get("name").asText())) {
        return field.get("fieldId").asText();
      }
    }
    return "";
  }

  private String issueTypeId(String name) throws IOException, InterruptedException {
    JsonNode types =
        JSON.readTree(
                send("GET", "/rest/api/2/issue/createmeta/" + key + "/issuetypes", null).body())
            .get("values");
    for (JsonNode type : types) {
      if (name.equals(type.get("name").asText())) {
        return type.get("id").asText();
      }
    }
    throw new AssertionError("no issue type " + name + " in " + key + ": " + types);
  }

  private HttpResponse<String> form(String path, String body)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/x-www-form-urlencoded")
            // Jira's XSRF check for form posts without a browser session.
            .header("X-Atlassian-Token", "no-check")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> send(String method, String path, String json)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json");
    if (json == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
