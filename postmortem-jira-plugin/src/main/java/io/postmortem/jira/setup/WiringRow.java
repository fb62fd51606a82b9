package io.postmortem.jira.setup;

/**
 * One row of "Is it wired up?" as the page shows it, texts in the admin's language.
 *
 * @param check what is checked
 * @param ok whether it holds
 * @param result "Yes" or "No" ("Attached" or "Not attached" for a closing transition)
 * @param gap what is missing, empty when ok
 * @param fix how to fix it, empty when ok or when the setup action fixes it
 * @param fixesBySetup whether the page's preview and apply closes this gap
 * @param detail whether it details the row above: one closing transition of a gated workflow
 */
public record WiringRow(
    String check,
    boolean ok,
    String result,
    String gap,
    String fix,
    boolean fixesBySetup,
    boolean detail) {}
