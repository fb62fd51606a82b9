package io.postmortem.jira.workflow;

/**
 * One threshold in the validator form.
 *
 * @param key the settings key, which is also the form field
 * @param label what the admin reads
 * @param value the current value, empty for "the default"
 */
public record ThresholdField(String key, String label, String value) {}
