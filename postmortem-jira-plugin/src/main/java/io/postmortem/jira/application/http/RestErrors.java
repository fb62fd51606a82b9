package io.postmortem.jira.application.http;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.postmortem.jira.storage.ConcurrentWriteException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The API's single exception mapper: refusals become localized {@link ErrorBody} JSON with their
 * status, malformed JSON becomes a 400 naming the field, and anything unexpected becomes a 500 that
 * carries only a log reference, never a stack trace. Resources and other packages throw through the
 * static factories instead of building error responses themselves.
 */
@Provider
@Named
public final class RestErrors implements ExceptionMapper<Throwable> {

  private static final Logger LOG = LoggerFactory.getLogger(RestErrors.class);
  static final String KEY_REQUIRED = "postmortem.rest.error.required";
  static final String KEY_TOO_LONG = "postmortem.rest.error.too-long";
  static final String KEY_MALFORMED = "postmortem.rest.error.malformed";
  static final String KEY_NOT_FOUND = "postmortem.rest.error.not-found";
  static final String KEY_FORBIDDEN = "postmortem.rest.error.forbidden";
  static final String KEY_UNAUTHENTICATED = "postmortem.rest.error.unauthenticated";
  static final String KEY_HTTP = "postmortem.rest.error.http";
  static final String KEY_INTERNAL = "postmortem.rest.error.internal";
  static final String KEY_CONCURRENT_WRITE = "postmortem.rest.error.concurrent-write";

  private final JiraAuthenticationContext authenticationContext;
  private final ViewerDates dates;

  @Inject
  public RestErrors(
      @ComponentImport JiraAuthenticationContext authenticationContext, ViewerDates dates) {
    this.authenticationContext = authenticationContext;
    this.dates = dates;
  }

  /** 400: {@code field} is wrong; the message key explains how. */
  public static RestFailure invalid(String field, String messageKey, Object... args) {
    return new RestFailure(400, field, messageKey, List.of(args));
  }

  /** 400 naming every bad field at once; {@code failures} holds at least one. */
  public static RestFailure invalid(List<RestFailure> failures) {
    return RestFailure.allOf(failures);
  }

  /** 400: a required field is missing or blank. */
  public static RestFailure required(String field) {
    return invalid(field, KEY_REQUIRED, field);
  }

  /** 400: a field is longer than {@code max} characters. */
  public static RestFailure tooLong(String field, int max) {
    return invalid(field, KEY_TOO_LONG, field, max);
  }

  /** 404: missing, or not visible to the caller; both look the same so keys cannot be probed. */
  public static RestFailure notFound() {
    return notFound(KEY_NOT_FOUND);
  }

  /** 404 whose message names what could not be found ({@code messageKey}). */
  public static RestFailure notFound(String messageKey) {
    return new RestFailure(404, null, messageKey, List.of());
  }

  /** 403: visible but the caller may not do this; {@code messageKey} says what is missing. */
  public static RestFailure forbidden(String messageKey, Object... args) {
    return new RestFailure(403, null, messageKey, List.of(args));
  }

  /** 403 with the generic "you may not change this" message. */
  public static RestFailure forbidden() {
    return forbidden(KEY_FORBIDDEN);
  }

  /** 409: the request is based on a state that has changed since. */
  public static RestFailure conflict(String messageKey, Object... args) {
    return new RestFailure(409, null, messageKey, List.of(args));
  }

  /** 401: nobody is logged in. */
  public static RestFailure unauthenticated() {
    return new RestFailure(401, null, KEY_UNAUTHENTICATED, List.of());
  }

  /** A refusal with one field error, or with several reported at once (the first on top). */
  private Response refusal(RestFailure failure) {
    if (failure.all().isEmpty()) {
      return json(failure.status(), failure.field(), text(failure.messageKey(), failure.args()));
    }
    List<ErrorBody.FieldError> errors =
        failure.all().stream()
            .map(f -> new ErrorBody.FieldError(f.field(), text(f.messageKey(), f.args())))
            .toList();
    ErrorBody.FieldError first = errors.get(0);
    return Response.status(failure.status())
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ErrorBody(first.field(), first.message(), null, errors))
        .build();
  }

  @Override
  public Response toResponse(Throwable thrown) {
    if (thrown instanceof RestFailure failure) {
      return refusal(failure);
    }
    if (thrown instanceof ConcurrentWriteException) {
      // Another node wrote the same row at the same moment every time we tried: nothing stored.
      return json(409, null, text(KEY_CONCURRENT_WRITE, List.of()));
    }
    if (thrown instanceof JsonProcessingException json) {
      String field = fieldOf(json);
      return json(400, field, text(KEY_MALFORMED, List.of(field)));
    }
    if (thrown instanceof SecurityException) {
      // The REST module's access annotations report refusals as SecurityExceptions
      // (authentication required / not authorised); they must stay 401/403, never become 500s.
      boolean unauthenticated = thrown.getClass().getSimpleName().contains("Authentication");
      return json(
          unauthenticated ? 401 : 403,
          null,
          text(unauthenticated ? KEY_UNAUTHENTICATED : KEY_FORBIDDEN, List.of()));
    }
    if (thrown instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
      return httpError(web.getResponse());
    }
    String reference = UUID.randomUUID().toString();
    LOG.error("Postmortem REST call failed, reference {}", reference, thrown);
    return Response.status(500)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ErrorBody(null, text(KEY_INTERNAL, List.of(reference)), reference))
        .build();
  }

  /** Routing errors (404, 405, 406, 415) keep their status and headers such as Allow. */
  private Response httpError(Response original) {
    return Response.fromResponse(original)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ErrorBody(null, text(KEY_HTTP, List.of(original.getStatus())), null))
        .build();
  }

  /** "timeline[2].at" style path, or "body" when the document itself is broken. */
  private static String fieldOf(JsonProcessingException json) {
    if (json instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      return mapping.getPath().stream()
          .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
          .collect(Collectors.joining("."))
          .replace(".[", "[");
    }
    return "body";
  }

  private String text(String key, List<Object> args) {
    I18nHelper i18n = authenticationContext.getI18nHelper();
    if (args.isEmpty()) {
      return i18n.getText(key);
    }
    String[] values = new String[args.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = shown(args.get(i));
    }
    return i18n.getText(key, (Object) values);
  }

  /** Dates and instants in the viewer's format and zone, as the rest of the app shows them. */
  private String shown(Object arg) {
    if (arg instanceof LocalDate day) {
      return dates.day(day);
    }
    if (arg instanceof Instant instant) {
      return dates.moment(instant);
    }
    return String.valueOf(arg);
  }

  private static Response json(int status, String field, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ErrorBody(field, message, null))
        .build();
  }
}
