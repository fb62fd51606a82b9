package io.postmortem.jira.application.http;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The one error shape of the API: {@code {"field": ..., "message": ...}} for a bad field, {@code
 * {"message": ...}} otherwise; {@code reference} ties a 500 to the server log without exposing it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorBody(String field, String message, String reference) {}
