package io.postmortem.core.postmortem;

import io.postmortem.core.recurrence.SuggestedRecurrence;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A snapshot of one postmortem as the checklist sees it: everything is read before the rules run,
 * so rules never call Jira.
 *
 * <p>Built only through {@link #builder}: a record's canonical constructor cannot be private, so
 * {@code PostmortemConstructionTest} keeps every other class from calling it, and a new fact
 * touches this record and its builder, nothing else.
 *
 * @param key issue key
 * @param summary issue summary
 * @param incidents the incidents it reviews
 * @param createdOn the postmortem's creation date (due-date limits count from here)
 * @param reviewMeetingOn the review meeting date, or null when not scheduled
 * @param facilitatorKey the facilitator's user key, or null
 * @param sections narrative text by section; a missing section is empty
 * @param actionItems remediation items
 * @param timeline timeline events in stored order
 * @param riskAcceptances recorded risk acceptances
 * @param languageOverrides kept phrases
 * @param recurrences earlier incidents the recurrence guard suggested, with the author's verdicts
 */
public record Postmortem(
    String key,
    String summary,
    List<Incident> incidents,
    LocalDate createdOn,
    LocalDate reviewMeetingOn,
    String facilitatorKey,
    Map<SectionKind, String> sections,
    List<ActionItem> actionItems,
    List<TimelineEvent> timeline,
    List<RiskAcceptance> riskAcceptances,
    List<LanguageOverride> languageOverrides,
    List<SuggestedRecurrence> recurrences) {

  public Postmortem {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(createdOn, "createdOn");
    summary = summary == null ? "" : summary;
    incidents = List.copyOf(incidents == null ? List.of() : incidents);
    EnumMap<SectionKind, String> copy = new EnumMap<>(SectionKind.class);
    if (sections != null) {
      sections.forEach((kind, text) -> copy.put(kind, text == null ? "" : text));
    }
    sections = Map.copyOf(copy);
    actionItems = List.copyOf(actionItems == null ? List.of() : actionItems);
    timeline = List.copyOf(timeline == null ? List.of() : timeline);
    riskAcceptances = List.copyOf(riskAcceptances == null ? List.of() : riskAcceptances);
    languageOverrides = List.copyOf(languageOverrides == null ? List.of() : languageOverrides);
    recurrences = List.copyOf(recurrences == null ? List.of() : recurrences);
  }

  /** The section's text, empty when missing. */
  public String section(SectionKind kind) {
    return sections.getOrDefault(kind, "");
  }

  /** The most severe incident's severity, NONE when there is no incident. */
  public Severity worstSeverity() {
    return Severity.worstOf(incidents.stream().map(Incident::severity).toList());
  }

  /** The latest resolution among the reviewed incidents, empty while any is unresolved or none. */
  public Optional<Instant> latestResolution() {
    if (incidents.isEmpty() || incidents.stream().anyMatch(i -> i.resolvedAt() == null)) {
      return Optional.empty();
    }
    return incidents.stream().map(Incident::resolvedAt).max(Instant::compareTo);
  }

  /** A postmortem with only its key and creation date: no incident, items, text or timeline. */
  public static Builder builder(String key, LocalDate createdOn) {
    return new Builder(key, createdOn);
  }

  /** Names every fact, so the twelve of them cannot swap places unnoticed. */
  public static final class Builder {
    private final String key;
    private final LocalDate createdOn;
    private String summary = "";
    private List<Incident> incidents = List.of();
    private LocalDate reviewMeetingOn;
    private String facilitatorKey;
    private final Map<SectionKind, String> sections = new EnumMap<>(SectionKind.class);
    private List<ActionItem> actionItems = List.of();
    private List<TimelineEvent> timeline = List.of();
    private List<RiskAcceptance> riskAcceptances = List.of();
    private List<LanguageOverride> languageOverrides = List.of();
    private List<SuggestedRecurrence> recurrences = List.of();

    private Builder(String key, LocalDate createdOn) {
      this.key = Objects.requireNonNull(key, "key");
      this.createdOn = Objects.requireNonNull(createdOn, "createdOn");
    }

    public Builder summary(String value) {
      summary = value;
      return this;
    }

    public Builder incidents(List<Incident> value) {
      incidents = value;
      return this;
    }

    /** The review meeting date; null when not scheduled. */
    public Builder reviewMeetingOn(LocalDate value) {
      reviewMeetingOn = value;
      return this;
    }

    public Builder facilitatorKey(String value) {
      facilitatorKey = value;
      return this;
    }

    public Builder section(SectionKind kind, String text) {
      sections.put(kind, text);
      return this;
    }

    /** Every section at once, replacing those set before; null or a missing one is empty. */
    public Builder sections(Map<SectionKind, String> value) {
      sections.clear();
      if (value != null) {
        sections.putAll(value);
      }
      return this;
    }

    public Builder actionItems(List<ActionItem> value) {
      actionItems = value;
      return this;
    }

    /** Events in stored order. */
    public Builder timeline(List<TimelineEvent> value) {
      timeline = value;
      return this;
    }

    public Builder riskAcceptances(List<RiskAcceptance> value) {
      riskAcceptances = value;
      return this;
    }

    public Builder languageOverrides(List<LanguageOverride> value) {
      languageOverrides = value;
      return this;
    }

    public Builder recurrences(List<SuggestedRecurrence> value) {
      recurrences = value;
      return this;
    }

    public Postmortem build() {
      return new Postmortem(
          key,
          summary,
          incidents,
          createdOn,
          reviewMeetingOn,
          facilitatorKey,
          sections,
          actionItems,
          timeline,
          riskAcceptances,
          languageOverrides,
          recurrences);
    }
  }
}
