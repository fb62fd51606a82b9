package io.postmortem.jira.application.issue;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortem.core.incident.IncidentIssueTypes;
import io.postmortem.core.postmortem.ActionItem;
import io.postmortem.core.postmortem.Incident;
import io.postmortem.core.postmortem.OwnershipConfirmation;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PostmortemRecords;
import io.postmortem.core.postmortem.SectionKind;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds the core snapshot of one postmortem from Jira. The Jira and storage calls it makes are the
 * same whatever the number of incidents and action items: the postmortem's links are loaded once in
 * each direction, its sub-tasks once, the configuration and custom fields once, and the app's own
 * records with one bulk call each.
 */
@Named
public class PostmortemReader {

  private final IssueLinkManager issueLinkManager;
  private final PostmortemConfiguration configuration;
  private final PostmortemRecords records;
  private final JiraTime time;

  @Inject
  public PostmortemReader(
      @ComponentImport IssueLinkManager issueLinkManager,
      PostmortemConfiguration configuration,
      PostmortemRecords records,
      JiraTime time) {
    this.issueLinkManager = issueLinkManager;
    this.configuration = configuration;
    this.records = records;
    this.time = time;
  }

  public Postmortem read(Issue postmortemIssue) {
    return readWithIssues(postmortemIssue).postmortem();
  }

  /**
   * The snapshot and the Jira issues of its incidents and action items, for callers that must know
   * which of them their reader may see.
   */
  public Reading readWithIssues(Issue postmortemIssue) {
    JiraMapping mapping = configuration.current();
    Map<FieldRole, CustomField> fields = configuration.fields(mapping);
    ZoneId zone = time.zone();
    long id = postmortemIssue.getId();
    IssueLinks links = IssueLinks.of(issueLinkManager, id);

    List<Issue> incidentIssues = incidentIssues(links, mapping);
    List<Incident> incidents =
        incidentIssues.stream()
            .map(issue -> incident(issue, mapping, fields.get(FieldRole.SEVERITY)))
            .toList();
    List<Issue> itemIssues = actionItemIssues(postmortemIssue, mapping, links);
    Map<Long, OwnershipConfirmation> confirmations =
        itemIssues.isEmpty()
            ? Map.of()
            : nonNull(records.confirmations(itemIssues.stream().map(Issue::getId).toList()));
    List<ActionItem> items =
        itemIssues.stream()
            .map(issue -> ActionItems.of(issue, mapping, fields, confirmations.get(issue.getId())))
            .toList();

    Postmortem postmortem =
        Postmortem.builder(postmortemIssue.getKey(), dateOf(postmortemIssue.getCreated(), zone))
            .summary(postmortemIssue.getSummary())
            .incidents(incidents)
            .reviewMeetingOn(
                dateOnly(value(postmortemIssue, fields.get(FieldRole.REVIEW_MEETING_DATE))))
            .facilitatorKey(userKey(value(postmortemIssue, fields.get(FieldRole.FACILITATOR))))
            .sections(sections(postmortemIssue, fields))
            .actionItems(items)
            .timeline(records.timeline(id))
            .riskAcceptances(records.riskAcceptances(id))
            .languageOverrides(records.languageOverrides(id))
            .recurrences(records.recurrences(id))
            .build();
    return new Reading(postmortem, incidentIssues, itemIssues);
  }

  /**
   * One postmortem as read.
   *
   * @param postmortem the core snapshot
   * @param incidentIssues the incidents' issues, in the snapshot's order
   * @param itemIssues the action items' issues, in the snapshot's order
   */
  public record Reading(Postmortem postmortem, List<Issue> incidentIssues, List<Issue> itemIssues) {
    public Reading {
      incidentIssues = List.copyOf(incidentIssues);
      itemIssues = List.copyOf(itemIssues);
    }

    /** Incidents and items: the issues at the other end of the postmortem's links. */
    public List<Issue> linkedIssues() {
      List<Issue> all = new ArrayList<>(incidentIssues);
      all.addAll(itemIssues);
      return all;
    }
  }

  private static List<Issue> incidentIssues(IssueLinks links, JiraMapping mapping) {
    return links.linked(mapping.postmortemLinkTypeId()).stream()
        .filter(issue -> isIncident(issue, mapping))
        .toList();
  }

  /** Sub-tasks of the Remediation action type, then issues linked with the Remediation type. */
  private static List<Issue> actionItemIssues(
      Issue postmortem, JiraMapping mapping, IssueLinks links) {
    Map<Long, Issue> items = new LinkedHashMap<>();
    String subTaskType = mapping.remediationSubTaskTypeId();
    if (subTaskType != null) {
      for (Issue subTask : nonNull(postmortem.getSubTaskObjects())) {
        if (subTask.getIssueType() != null && subTaskType.equals(subTask.getIssueType().getId())) {
          items.put(subTask.getId(), subTask);
        }
      }
    }
    for (Issue linked : links.linked(mapping.remediationLinkTypeId())) {
      items.putIfAbsent(linked.getId(), linked);
    }
    return new ArrayList<>(items.values());
  }

  private static boolean isIncident(Issue issue, JiraMapping mapping) {
    String typeId = issue.getIssueType() == null ? null : issue.getIssueType().getId();
    return new IncidentIssueTypes(mapping.incidentIssueTypeId(), mapping.postmortemIssueTypeId())
        .isIncident(typeId);
  }

  private static Incident incident(Issue issue, JiraMapping mapping, CustomField severityField) {
    return new Incident(
        issue.getKey(),
        PostmortemConfiguration.severityOf(mapping, severityField, issue),
        instantOf(issue.getResolutionDate()));
  }

  private static Map<SectionKind, String> sections(
      Issue postmortem, Map<FieldRole, CustomField> fields) {
    Map<SectionKind, String> sections = new EnumMap<>(SectionKind.class);
    for (FieldRole role : FieldRole.values()) {
      role.section()
          .ifPresent(kind -> sections.put(kind, text(value(postmortem, fields.get(role)))));
    }
    return sections;
  }

  private static Object value(Issue issue, CustomField field) {
    return field == null ? null : issue.getCustomFieldValue(field);
  }

  private static String text(Object value) {
    return value == null ? "" : String.valueOf(value);
  }

  private static String userKey(Object value) {
    if (value instanceof ApplicationUser user) {
      return user.getKey();
    }
    return value instanceof String key && !key.isBlank() ? key : null;
  }

  private static LocalDate dateOnly(Object value) {
    if (value instanceof Timestamp timestamp) {
      return JiraTime.dayOf(timestamp);
    }
    return value instanceof Date date ? JiraTime.dayOf(new Timestamp(date.getTime())) : null;
  }

  private static LocalDate dateOf(Timestamp timestamp, ZoneId zone) {
    return LocalDate.ofInstant(Objects.requireNonNull(timestamp, "created").toInstant(), zone);
  }

  private static Instant instantOf(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  private static <T> Collection<T> nonNull(Collection<T> collection) {
    return collection == null ? List.of() : collection;
  }

  private static <K, V> Map<K, V> nonNull(Map<K, V> map) {
    return map == null ? Map.of() : map;
  }
}
