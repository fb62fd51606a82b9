package io.postmortem.jira.application.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The one error shape of the API: {@code {"field": ..., "message": ...}} for a bad field, {@code
 * {"message": ...}} otherwise; {@code reference} ties a 500 to the server log without exposing it.
 * Where a request can be wrong in several fields at once (the settings), {@code errors} lists every
 * one, the first of them repeated at the top.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ErrorBody(String field, String message, String reference, List<FieldError> errors) {

  public ErrorBody(String field, String message, String reference) {
    this(field, message, reference, List.of());
  }

  /**
   * One bad field.
   *
   * @param field the field, e.g. a setting's key
   * @param message why, in the caller's language
   */
  public record FieldError(String field, String message) {}
}
