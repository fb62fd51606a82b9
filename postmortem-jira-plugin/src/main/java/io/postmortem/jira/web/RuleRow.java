package io.postmortem.jira.web;

import java.util.List;

/**
 * One checklist rule on the postmortem panel: outcome label, AUI lozenge modifier, page, messages.
 */
public record RuleRow(
    String ruleId, String outcome, String lozenge, String docsUrl, List<String> messages) {}
