package io.postmortem.jira.web;

import java.util.List;

/** Panel views as the builders produce them, with a chosen text in every user-supplied field. */
final class PanelFixtures {

  private PanelFixtures() {}

  static PostmortemPanelView postmortem(String userText) {
    return new PostmortemPanelView(
        "PM-1",
        true,
        true,
        List.of(
            new PostmortemPanelView.RuleRow(
                "incident-linked", "Passed", "success", docs("incident-linked"), List.of()),
            new PostmortemPanelView.RuleRow(
                "critical-or-high-item",
                "Failed",
                "error",
                docs("critical-or-high-item"),
                List.of("No Critical or High item addresses " + userText)),
            new PostmortemPanelView.RuleRow(
                "blameless-language",
                "Warning",
                "current",
                docs("blameless-language"),
                List.of("\"failed to\" in " + userText))),
        List.of(new PostmortemPanelView.IncidentRow("INC-7", "SEV-2", "2026-11-20")),
        List.of(
            new PostmortemPanelView.ItemRow(
                "OPS-7", userText, "High", "Short term", userText, true, "2026-12-15", userText),
            new PostmortemPanelView.ItemRow(
                "OPS-8", "Add a canary stage", "Medium", "Long term", "Bob", false, "", "Open")),
        List.of(
            new PostmortemPanelView.TimelineRow(
                1L,
                "2026-11-20T08:00:00Z",
                "STARTED",
                "Started",
                userText,
                "https://status.example.com/" + userText),
            new PostmortemPanelView.TimelineRow(
                2L, "2026-11-20T08:12:00Z", "DETECTED", "Detected", "Alert fired", "")),
        List.of(
            new PostmortemPanelView.Choice("STARTED", "Started"),
            new PostmortemPanelView.Choice("DETECTED", "Detected"),
            new PostmortemPanelView.Choice("OTHER", "Other")),
        "0 h 12",
        "1 h 03",
        "",
        List.of(new PostmortemPanelView.FindingRow(userText, "Consider: " + userText, userText)));
  }

  static RemediationPanelView remediation(String userText, boolean assignee) {
    return new RemediationPanelView(
        "OPS-7",
        List.of(new RemediationPanelView.PostmortemLink("PM-1", userText)),
        assignee,
        false,
        "2026-12-15",
        "",
        List.of(new RemediationPanelView.Proposal("2027-01-10", userText, userText)));
  }

  private static String docs(String id) {
    return "https://github.com/postmortem-io/blameless-postmortems-for-jira/blob/main/docs/rules/"
        + id
        + ".md";
  }
}
