package io.postmortem.jira.application.http;

import java.util.List;

/**
 * A request the API refuses, as a status, the offending field (for 400s) and a message key with
 * arguments. {@link RestErrors} turns it into localized JSON. No stack trace is recorded: it is an
 * answer, not a fault.
 */
public final class RestFailure extends RuntimeException {

  private final int status;
  private final String field;
  private final String messageKey;
  private final List<Object> args;

  RestFailure(int status, String field, String messageKey, List<Object> args) {
    super(messageKey, null, false, false);
    this.status = status;
    this.field = field;
    this.messageKey = messageKey;
    this.args = List.copyOf(args);
  }

  public int status() {
    return status;
  }

  /** The request field at fault, or null when the failure is not about one field. */
  public String field() {
    return field;
  }

  public String messageKey() {
    return messageKey;
  }

  public List<Object> args() {
    return args;
  }
}
