package io.postmortem.jira.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.util.I18nHelper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import io.postmortem.core.checklist.Argument;
import io.postmortem.core.checklist.ChecklistReport;
import io.postmortem.core.checklist.ChecklistSettings;
import io.postmortem.core.checklist.DueDateLimits;
import io.postmortem.core.checklist.RuleOutcome;
import io.postmortem.core.checklist.RuleResult;
import io.postmortem.core.checklist.StandardChecklist;
import io.postmortem.core.checklist.Violation;
import io.postmortem.core.postmortem.ActionItem;
import io.postmortem.core.postmortem.Horizon;
import io.postmortem.core.postmortem.Incident;
import io.postmortem.core.postmortem.OwnershipConfirmation;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PriorityLevel;
import io.postmortem.core.postmortem.SectionKind;
import io.postmortem.core.postmortem.Severity;
import io.postmortem.core.postmortem.TimelineEvent;
import io.postmortem.jira.application.issue.FieldRole;
import io.postmortem.jira.storage.TimelineStore;
import io.postmortem.jira.testing.FakeJira;
import io.postmortem.jira.testing.HeadlessBrowser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What is left of the walk-through's own fake: the action items, their confirmations and the open
 * counter-proposal, changed only through the REST calls the pages' scripts make, and the pages'
 * views. PM-12 itself (summary, facilitator, ticked timeline) is created by the real {@code
 * IncidentPostmortemResource} in the shared {@link FakeJira} and read back from it. Replies have
 * the shape of the real resources' replies; the due-date limits in the "Add action item" form come
 * from the core's default {@link DueDateLimits}, as the real form's do.
 */
final class WalkJira {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FACILITATOR_FIELD =
      FakeJira.setUpMapping().fieldId(FieldRole.FACILITATOR).orElseThrow();
  private static final LocalDate CREATED_ON = LocalDate.of(2026, 12, 2);
  private static final Instant RESOLVED = Instant.parse("2026-12-01T09:40:00Z");
  private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
  private static final String DRAFT =
      "{\"summary\":\"Postmortem: OPS-5 Checkout down\",\"facilitator\":\"ann\","
          + "\"severity\":\"SEV_1\",\"suggestions\":["
          + event("2026-12-01T08:00:00Z", "STARTED", "Consumer lag begins to grow")
          + ","
          + event(
              "2026-12-01T08:02:00Z", "DETECTED", "Comment on OPS-5 by Ann: checkout returns 502")
          + ","
          + event("2026-12-01T09:10:00Z", "MITIGATED", "Previous configuration restored")
          + ","
          + event("2026-12-01T09:40:00Z", "RESOLVED", "OPS-5: In Progress \\u2192 Resolved")
          + "]}";

  final Map<String, ActionItem> items = new LinkedHashMap<>();
  String viewer = "ann";
  private final FakeJira jira;
  private final TimelineStore timelineStore;
  private String proposedItem;
  private LocalDate proposedDate;
  private String proposalComment;

  /**
   * @param jira the Jira the real {@code IncidentPostmortemResource} creates PM-12 in
   * @param timeline the store it keeps PM-12's ticked timeline events in
   */
  WalkJira(FakeJira jira, TimelineStore timeline) {
    this.jira = jira;
    this.timelineStore = timeline;
  }

  /** PM-12 as Jira holds it, once the walk created it. */
  private Optional<Issue> created() {
    return Optional.ofNullable(jira.issueManager.getIssueObject("PM-12"));
  }

  String summary() {
    return created().map(Issue::getSummary).orElse("");
  }

  String facilitator() {
    return created()
        .map(pm -> (String) pm.getCustomFieldValue(FakeJira.field(FACILITATOR_FIELD)))
        .orElse(null);
  }

  List<TimelineEvent> timeline() {
    return created().map(pm -> timelineStore.forPostmortem(pm.getId())).orElse(List.of());
  }

  /**
   * The postmortem as the checklist sees it; the sections, which no step of the walk edits, given.
   */
  Postmortem postmortem() {
    return Postmortem.builder("PM-12", CREATED_ON)
        .summary(summary())
        .incidents(List.of(new Incident("OPS-5", Severity.SEV_1, RESOLVED)))
        .reviewMeetingOn(CREATED_ON.plusDays(1))
        .facilitatorKey(facilitator())
        .sections(
            Map.of(
                SectionKind.IMPACT, "For 40 minutes 12% of EU checkouts returned 502.",
                SectionKind.ROOT_CAUSES, "A configuration push halved the consumer pool at peak.",
                SectionKind.RESOLUTION, "The on-call engineer restored the previous configuration.",
                SectionKind.WENT_WELL, "The latency alert paged within two minutes.",
                SectionKind.WENT_WRONG, "The lag dashboard was not linked from the runbook.",
                SectionKind.GOT_LUCKY, "The peak ended shortly after the mitigation."))
        .actionItems(new ArrayList<>(items.values()))
        .timeline(timeline())
        .build();
  }

  /** The incident's resolution. */
  Instant resolved() {
    return RESOLVED;
  }

  /** The checklist the panel shows: the standard checklist with default settings. */
  ChecklistReport checklist() {
    return StandardChecklist.engine()
        .evaluate(postmortem(), ChecklistSettings.defaults(), CREATED_ON);
  }

  /** The postmortem panel with this postmortem's checklist, items and timeline. */
  PostmortemPanelView postmortemView(I18nHelper i18n) {
    List<RuleRow> rules =
        checklist().results().stream()
            .filter(result -> result.outcome() != RuleOutcome.OFF)
            .map(result -> ruleRow(result, i18n))
            .toList();
    List<ItemRow> rows =
        items.values().stream()
            .map(
                item ->
                    new ItemRow(
                        item.key(),
                        item.summary(),
                        item.priority().name(),
                        item.horizon().name(),
                        item.assigneeKey(),
                        item.isOwnershipConfirmed(),
                        item.dueDate().toString(),
                        "To Do",
                        item.key().equals(proposedItem)
                            ? List.of(
                                new ProposalRow(proposedDate.toString(), proposalComment, "dave"))
                            : List.of()))
            .toList();
    List<TimelineRow> events = new ArrayList<>();
    for (TimelineEvent e : timeline()) {
      String at = e.at().toString();
      String kind = e.kind().name();
      events.add(new TimelineRow(events.size() + 1L, at, at, kind, kind, e.text(), ""));
    }
    return new PostmortemPanelView(
        "PM-12",
        viewer.equals(facilitator()),
        checklist().blocksTransition(),
        rules,
        List.of(new IncidentRow("OPS-5", "Sev-1", RESOLVED.toString())),
        rows,
        events,
        List.of(new KindChoice("OTHER", "Other")),
        "",
        "",
        "",
        List.of(),
        "",
        "");
  }

  private static RuleRow ruleRow(RuleResult result, I18nHelper i18n) {
    String lozenge = result.outcome() == RuleOutcome.PASSED ? "success" : "error";
    return new RuleRow(
        result.ruleId(),
        i18n.getText("postmortem.panel.outcome." + result.outcome()),
        lozenge,
        "https://example.com/docs/rules/" + result.ruleId() + ".md",
        result.violations().stream().map(v -> message(v, i18n)).toList());
  }

  /** A plain rendering of a violation's arguments, enough to read the message in the walk. */
  private static String message(Violation violation, I18nHelper i18n) {
    List<Object> args = violation.args().stream().map(WalkJira::plain).toList();
    return i18n.getText(violation.messageKey(), args);
  }

  private static Object plain(Argument arg) {
    if (arg instanceof Argument.Count count) {
      return count.value();
    } else if (arg instanceof Argument.Choice choice) {
      return choice.name();
    } else if (arg instanceof Argument.IssueRef ref) {
      return ref.key();
    } else if (arg instanceof Argument.UserRef user) {
      return user.userKey();
    } else if (arg instanceof Argument.Text text) {
      return text.value();
    } else if (arg instanceof Argument.Day day) {
      return day.value().toString();
    }
    return arg.toString();
  }

  IncidentPanelView incidentView() {
    List<LinkedPostmortem> linked =
        created().isEmpty() ? List.of() : List.of(new LinkedPostmortem("PM-12", summary()));
    return new IncidentPanelView(
        "OPS-5", linked, "", "", true, "PM", "Postmortem: OPS-5 Checkout down", "ann", "Sev-1");
  }

  LifecyclePanelView nextSteps() {
    List<AnswerRow> open =
        proposedItem == null
            ? List.of()
            : List.of(
                new AnswerRow("1", proposedItem, proposedDate.toString(), proposalComment, "Dave"));
    return new LifecyclePanelView(
        "PM-12",
        "2026-12-07",
        "3 business days left",
        "success",
        viewer.equals(facilitator()),
        open,
        false,
        List.of());
  }

  RemediationPanelView remediationView(String key) {
    ActionItem item = items.get(key);
    boolean confirmed = item.isOwnershipConfirmed();
    List<ProposalRow> proposals =
        key.equals(proposedItem)
            ? List.of(new ProposalRow(proposedDate.toString(), proposalComment, "Dave"))
            : List.of();
    return new RemediationPanelView(
        key,
        List.of(new ServedPostmortem("PM-12", summary())),
        viewer.equals(item.assigneeKey()),
        confirmed,
        item.dueDate().toString(),
        confirmed ? "Confirmed by " + item.confirmation().userKey() : "",
        proposals,
        "");
  }

  void answer(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath().substring("/rest/postmortem/1.0/".length());
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    JsonNode json = body.isEmpty() ? JSON.createObjectNode() : JSON.readTree(body);
    if (path.equals("incidents/OPS-5/postmortem-draft")) {
      reply(exchange, 200, DRAFT);
    } else if (path.equals("postmortems/PM-12/action-items/form")) {
      reply(exchange, 200, form());
    } else if (path.equals("postmortems/PM-12/action-items")) {
      reply(exchange, 201, "{\"key\":\"" + addItem(json) + "\"}");
    } else if (path.endsWith("/ownership/counter-proposal")) {
      proposedItem = itemKey(path);
      proposedDate = LocalDate.parse(json.get("dueDate").asText());
      proposalComment = json.path("comment").asText();
      reply(exchange, 200, "{\"key\":\"" + proposedItem + "\",\"confirmed\":false}");
    } else if (path.endsWith("/ownership")) {
      confirm(itemKey(path), viewer, items.get(itemKey(path)).dueDate());
      reply(exchange, 200, "{\"key\":\"" + itemKey(path) + "\",\"confirmed\":true}");
    } else if (path.equals("postmortems/PM-12/proposals/1/accept")) {
      ActionItem item = items.get(proposedItem);
      items.put(proposedItem, item.toBuilder().dueDate(proposedDate).build());
      confirm(proposedItem, item.assigneeKey(), proposedDate);
      proposedItem = null;
      reply(exchange, 200, "{\"answer\":\"ACCEPTED\"}");
    } else {
      reply(exchange, 404, "{\"field\":\"\",\"message\":\"Not found.\"}");
    }
  }

  private String addItem(JsonNode json) {
    String key = "OPS-" + (21 + items.size());
    items.put(
        key,
        ActionItem.builder(key)
            .summary(json.get("summary").asText())
            .priority(
                json.get("priority").asText().equals("2")
                    ? PriorityLevel.HIGH
                    : PriorityLevel.MEDIUM)
            .horizon(Horizon.valueOf(json.get("horizon").asText()))
            .assigneeKey(json.get("assignee").asText())
            .dueDate(LocalDate.parse(json.get("dueDate").asText()))
            .successMeasure(json.get("successMeasure").asText())
            .createdAt(NOW)
            .build());
    return key;
  }

  private void confirm(String key, String userKey, LocalDate dueDate) {
    ActionItem item = items.get(key);
    items.put(key, item.withConfirmation(new OwnershipConfirmation(userKey, NOW, dueDate)));
  }

  private static String itemKey(String path) {
    return path.split("/")[1];
  }

  private static String form() {
    DueDateLimits limits = ChecklistSettings.defaults().dueDateLimits();
    StringBuilder dates = new StringBuilder();
    for (String priority : List.of("2", "3")) {
      for (Horizon horizon : Horizon.values()) {
        PriorityLevel level = priority.equals("2") ? PriorityLevel.HIGH : PriorityLevel.MEDIUM;
        LocalDate latest = limits.latestDueDate(CREATED_ON, Severity.SEV_1, level, horizon);
        dates
            .append(dates.length() == 0 ? "" : ",")
            .append("{\"priority\":\"")
            .append(priority)
            .append("\",\"horizon\":\"")
            .append(horizon)
            .append("\",\"dueDate\":\"")
            .append(latest)
            .append("\"}");
      }
    }
    return "{\"projects\":[{\"key\":\"OPS\",\"name\":\"Operations\",\"subTask\":true,"
        + "\"label\":\"Operations (OPS) – sub-task\"}],"
        + "\"priorities\":[{\"value\":\"2\",\"label\":\"High\"},{\"value\":\"3\",\"label\":\"Medium\"}],"
        + "\"horizons\":[{\"value\":\"SHORT_TERM\",\"label\":\"Short term\"},"
        + "{\"value\":\"LONG_TERM\",\"label\":\"Long term\"}],"
        + "\"latestDueDates\":["
        + dates
        + "]}";
  }

  private static String event(String at, String kind, String text) {
    return "{\"at\":\"" + at + "\",\"kind\":\"" + kind + "\",\"text\":\"" + text + "\"}";
  }

  private static void reply(HttpExchange exchange, int status, String json) throws IOException {
    HeadlessBrowser.respond(exchange, status, "application/json", json);
  }
}
