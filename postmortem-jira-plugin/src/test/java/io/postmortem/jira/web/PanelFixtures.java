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
            new RuleRow("incident-linked", "Passed", "success", docs("incident-linked"), List.of()),
            new RuleRow(
                "critical-or-high-item",
                "Failed",
                "error",
                docs("critical-or-high-item"),
                List.of("No Critical or High item addresses " + userText)),
            new RuleRow(
                "blameless-language",
                "Warning",
                "current",
                docs("blameless-language"),
                List.of("\"failed to\" in " + userText))),
        List.of(new IncidentRow("INC-7", "SEV-2", "20/Nov/26 9:30 AM")),
        List.of(
            new ItemRow(
                "OPS-7",
                userText,
                "High",
                "Short term",
                userText,
                true,
                "15/Dec/26",
                userText,
                List.of(new ProposalRow("2027-01-10", userText, userText))),
            new ItemRow(
                "OPS-8",
                "Add a canary stage",
                "Medium",
                "Long term",
                "Bob",
                false,
                "",
                "Open",
                List.of())),
        List.of(
            new TimelineRow(
                1L,
                "2026-11-20T08:00:00Z",
                "20/Nov/26 8:00 AM",
                "STARTED",
                "Started",
                userText,
                "https://status.example.com/" + userText),
            new TimelineRow(
                2L,
                "2026-11-20T08:12:00Z",
                "20/Nov/26 8:12 AM",
                "DETECTED",
                "Detected",
                "Alert fired",
                "")),
        List.of(
            new KindChoice("STARTED", "Started"),
            new KindChoice("DETECTED", "Detected"),
            new KindChoice("OTHER", "Other")),
        "0 h 12",
        "1 h 03",
        "",
        List.of(new FindingRow(userText, "Consider: " + userText, userText)),
        "",
        "");
  }

  static RemediationPanelView remediation(String userText, boolean assignee) {
    return new RemediationPanelView(
        "OPS-7",
        List.of(new ServedPostmortem("PM-1", userText)),
        assignee,
        false,
        "2026-12-15",
        "",
        List.of(new ProposalRow("2027-01-10", userText, userText)),
        "");
  }

  private static String docs(String id) {
    return "https://github.com/postmortem-io/blameless-postmortems-for-jira/blob/main/docs/rules/"
        + id
        + ".md";
  }

  /** Realistic content for the README screenshots. */
  static PostmortemPanelView postmortemExample() {
    return new PostmortemPanelView(
        "PM-12",
        true,
        true,
        List.of(
            new RuleRow("incident-linked", "Passed", "success", docs("incident-linked"), List.of()),
            new RuleRow(
                "owners-confirmed",
                "Failed",
                "error",
                docs("owners-confirmed"),
                List.of("OPS-8: the assignee has not confirmed ownership and the due date yet.")),
            new RuleRow(
                "blameless-language",
                "Warning",
                "current",
                docs("blameless-language"),
                List.of(
                    "Root causes: \"failed to\" judges a person; describe what the system allowed.")),
            new RuleRow("timeline", "Passed", "success", docs("timeline"), List.of())),
        List.of(new IncidentRow("INC-41", "SEV-2", "20/Nov/26 9:30 AM")),
        List.of(
            new ItemRow(
                "OPS-7",
                "Block deploys when the canary error rate exceeds 2%",
                "High",
                "Short term",
                "Alice Chen",
                true,
                "15/Dec/26",
                "In Progress",
                List.of()),
            new ItemRow(
                "OPS-8",
                "Move config validation into CI",
                "Medium",
                "Long term",
                "Bob Meyer",
                false,
                "01/Feb/27",
                "To Do",
                List.of(
                    new ProposalRow(
                        "2027-03-01",
                        "The CI runners move to the new cluster in February; after that.",
                        "Bob Meyer")))),
        List.of(
            new TimelineRow(
                1L,
                "2026-11-20T08:00:00Z",
                "20/Nov/26 8:00 AM",
                "STARTED",
                "Started",
                "Config change rolled out",
                "https://deploys.example.com/r/981"),
            new TimelineRow(
                2L,
                "2026-11-20T08:12:00Z",
                "20/Nov/26 8:12 AM",
                "DETECTED",
                "Detected",
                "Error-rate alert paged on-call",
                ""),
            new TimelineRow(
                3L,
                "2026-11-20T09:03:00Z",
                "20/Nov/26 9:03 AM",
                "MITIGATED",
                "Mitigated",
                "Config rolled back",
                "")),
        List.of(
            new KindChoice("STARTED", "Started"),
            new KindChoice("DETECTED", "Detected"),
            new KindChoice("MITIGATED", "Mitigated"),
            new KindChoice("OTHER", "Other")),
        "0 h 12 min",
        "1 h 03 min",
        "",
        List.of(
            new FindingRow(
                "failed to",
                "\"failed to\" judges a person; describe what the system allowed.",
                "f1")),
        "",
        "");
  }

  static RemediationPanelView remediationExample() {
    return new RemediationPanelView(
        "OPS-8",
        List.of(new ServedPostmortem("PM-12", "Checkout errors after config push")),
        true,
        false,
        "2027-02-01",
        "",
        List.of(),
        "");
  }
}
