package it.io.postmortem.jira.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * End-to-end round trips against a running Jira with the app installed (atlassian profile only).
 * Authenticates with a personal access token, as Jira 11 disables basic auth by default: {@code
 * -Dit.baseUrl=http://localhost:2990/jira -Dit.pat=... -Dit.project=PM}. Every test deletes the
 * issues it created, which also removes what the app stored for them.
 */
public class RestApiIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final String baseUrl = System.getProperty("it.baseUrl", "http://localhost:2990/jira");
  private final String token = System.getProperty("it.pat", System.getenv("JIRA_PAT"));
  private final String project = System.getProperty("it.project", "PM");
  private final HttpClient http = HttpClient.newHttpClient();
  private final List<String> created = new ArrayList<>();
  private String postmortem;

  @Before
  public void createIssue() throws Exception {
    postmortem = createTask("Postmortem under test");
  }

  @After
  public void deleteCreatedIssues() throws Exception {
    for (String key : created) {
      send("DELETE", "/rest/api/2/issue/" + key + "?deleteSubtasks=true", null, "application/json");
    }
  }

  @Test
  public void addsEditsAndDeletesATimelineEvent() throws Exception {
    HttpResponse<String> added =
        post(
            "postmortems/" + postmortem + "/timeline",
            "{\"at\":\"2026-11-20T08:15:00Z\",\"kind\":\"DETECTED\",\"text\":\"Alert fired\"}");
    assertEquals(201, added.statusCode());
    long id = JSON.readTree(added.body()).get("id").asLong();

    HttpResponse<String> edited =
        send(
            "PUT",
            api("postmortems/" + postmortem + "/timeline/" + id),
            "{\"at\":\"2026-11-20T08:16:00Z\",\"kind\":\"DETECTED\",\"text\":\"Pager\"}",
            "application/json");
    assertEquals(200, edited.statusCode());
    assertEquals(
        "Pager",
        JSON.readTree(get("postmortems/" + postmortem + "/timeline").body())
            .get(0)
            .get("text")
            .asText());
    assertEquals(
        204,
        send("DELETE", api("postmortems/" + postmortem + "/timeline/" + id), null, null)
            .statusCode());

    JsonNode events = JSON.readTree(get("postmortems/" + postmortem + "/timeline").body());
    assertEquals(0, events.size());
  }

  @Test
  public void answersNotFoundWhenEditingOrDeletingATimelineEventThatIsNotThere() throws Exception {
    String missing = api("postmortems/" + postmortem + "/timeline/999999999");

    HttpResponse<String> edited =
        send(
            "PUT",
            missing,
            "{\"at\":\"2026-11-20T08:16:00Z\",\"kind\":\"DETECTED\",\"text\":\"Pager\"}",
            "application/json");
    HttpResponse<String> deleted = send("DELETE", missing, null, null);

    assertEquals(404, edited.statusCode());
    assertEquals(404, deleted.statusCode());
  }

  @Test
  public void savesProjectSettingsAndReadsThemBack() throws Exception {
    JsonNode before = settings();
    try {
      HttpResponse<String> saved =
          send(
              "PUT",
              api("projects/" + project + "/settings"),
              "{\"checklist\":{\"items.max\":\"8\"},\"riskAcceptanceRole\":\"\"}",
              "application/json");

      assertEquals(saved.body(), 200, saved.statusCode());
      JsonNode read = settings();
      assertEquals(project, read.get("projectKey").asText());
      assertEquals("8", read.get("checklist").get("items.max").asText());
      assertEquals("", read.get("riskAcceptanceRole").asText());
    } finally {
      restoreSettings(before);
    }
  }

  @Test
  public void refusesInvalidProjectSettingsNamingTheFieldAndKeepsWhatWasSaved() throws Exception {
    JsonNode before = settings();
    try {
      HttpResponse<String> refused =
          send(
              "PUT",
              api("projects/" + project + "/settings"),
              "{\"checklist\":{\"items.max\":\"lots\"}}",
              "application/json");

      assertEquals(400, refused.statusCode());
      assertEquals("items.max", JSON.readTree(refused.body()).get("field").asText());
      assertFalse(refused.body().contains("Exception"));
      assertEquals(before, settings());
    } finally {
      restoreSettings(before);
    }
  }

  @Test
  public void answersBadRequestNamingTheField() throws Exception {
    HttpResponse<String> response =
        post(
            "postmortems/" + postmortem + "/timeline",
            "{\"at\":\"yesterday\",\"kind\":\"OTHER\",\"text\":\"x\"}");

    assertEquals(400, response.statusCode());
    assertEquals("at", JSON.readTree(response.body()).get("field").asText());
    assertFalse(response.body().contains("Exception"));
  }

  @Test
  public void answersNotFoundForAnIssueThatDoesNotExist() throws Exception {
    assertEquals(404, get("postmortems/" + project + "-999999999/checklist").statusCode());
  }

  @Test
  public void answersTheChecklistAsJson() throws Exception {
    HttpResponse<String> response = get("postmortems/" + postmortem + "/checklist");

    assertEquals(200, response.statusCode());
    assertTrue(JSON.readTree(response.body()).get("rules").size() > 0);
  }

  @Test
  public void confirmsAndWithdrawsOwnershipAsTheAssignee() throws Exception {
    String me =
        JSON.readTree(send("GET", "/rest/api/2/myself", null, null).body()).get("name").asText();
    String item = createTask("Action item under test");
    String due = LocalDate.now().plusDays(30).toString();
    send(
        "PUT",
        "/rest/api/2/issue/" + item,
        "{\"fields\":{\"assignee\":{\"name\":\"" + me + "\"},\"duedate\":\"" + due + "\"}}",
        "application/json");

    HttpResponse<String> confirmed =
        post("action-items/" + item + "/ownership", "{\"dueDate\":\"" + due + "\"}");
    assertEquals(200, confirmed.statusCode());
    assertTrue(JSON.readTree(confirmed.body()).get("confirmed").asBoolean());
    assertEquals(
        204, send("DELETE", api("action-items/" + item + "/ownership"), null, null).statusCode());
  }

  @Test
  public void refusesFormEncodedMutations() throws Exception {
    HttpResponse<String> response =
        send(
            "POST",
            api("postmortems/" + postmortem + "/timeline"),
            "at=2026-11-20T08:15:00Z&kind=OTHER&text=x",
            "application/x-www-form-urlencoded");

    assertTrue(response.statusCode() == 415 || response.statusCode() == 403);
  }

  private JsonNode settings() throws Exception {
    HttpResponse<String> response = get("projects/" + project + "/settings");
    assertEquals(response.body(), 200, response.statusCode());
    return JSON.readTree(response.body());
  }

  /** Puts back the settings a test found, so the project is as it was before the run. */
  private void restoreSettings(JsonNode before) throws Exception {
    ObjectNode body = JSON.createObjectNode();
    body.set("checklist", before.get("checklist"));
    body.set("riskAcceptanceRole", before.get("riskAcceptanceRole"));
    HttpResponse<String> restored =
        send(
            "PUT",
            api("projects/" + project + "/settings"),
            JSON.writeValueAsString(body),
            "application/json");
    assertEquals(restored.body(), 200, restored.statusCode());
  }

  private String createTask(String summary) throws Exception {
    HttpResponse<String> response =
        send(
            "POST",
            "/rest/api/2/issue",
            "{\"fields\":{\"project\":{\"key\":\""
                + project
                + "\"},\"summary\":\""
                + summary
                + "\",\"issuetype\":{\"name\":\"Task\"}}}",
            "application/json");
    assertEquals(response.body(), 201, response.statusCode());
    String key = JSON.readTree(response.body()).get("key").asText();
    created.add(key);
    return key;
  }

  private static String api(String path) {
    return "/rest/postmortem/1.0/" + path;
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send("GET", api(path), null, null);
  }

  private HttpResponse<String> post(String path, String json)
      throws IOException, InterruptedException {
    return send("POST", api(path), json, "application/json");
  }

  private HttpResponse<String> send(String method, String path, String body, String type)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (type != null) {
      request.header("Content-Type", type);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
