package io.postmortem.jira.rest;

import io.postmortem.jira.application.http.RestErrors;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Validation of request body fields. Each method returns the clean value or throws the 400 that
 * names the field, so a resource reads its body top to bottom with no branching of its own.
 */
public final class RequestFields {

  /** Longest free text we accept: enough for a paragraph, bounded so nobody stores a novel. */
  public static final int TEXT_MAX = 4000;

  /** Longest identifier or URL-like value we accept. */
  public static final int SHORT_MAX = 255;

  public static final String KEY_DATE = "postmortem.rest.error.date";
  public static final String KEY_INSTANT = "postmortem.rest.error.instant";
  public static final String KEY_DATE_IN_PAST = "postmortem.rest.error.date-in-past";
  public static final String KEY_URL = "postmortem.rest.error.url";
  public static final String KEY_CHOICE = "postmortem.rest.error.choice";

  private RequestFields() {}

  /** 400 "body" when the request had no JSON body at all. */
  public static <T> T body(T body) {
    if (body == null) {
      throw RestErrors.required("body");
    }
    return body;
  }

  /** Trimmed, non-blank, at most {@code max} characters. */
  public static String text(String field, String value, int max) {
    String trimmed = optionalText(field, value, max);
    if (trimmed.isEmpty()) {
      throw RestErrors.required(field);
    }
    return trimmed;
  }

  /** Trimmed, possibly empty, at most {@code max} characters. */
  public static String optionalText(String field, String value, int max) {
    String trimmed = value == null ? "" : value.strip();
    if (trimmed.length() > max) {
      throw RestErrors.tooLong(field, max);
    }
    return trimmed;
  }

  /** An ISO yyyy-MM-dd date. */
  public static LocalDate date(String field, String value) {
    String text = text(field, value, 10);
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw RestErrors.invalid(field, KEY_DATE, field);
    }
  }

  /** An ISO date that is not before {@code today}. */
  public static LocalDate dateFrom(String field, String value, LocalDate today) {
    LocalDate date = date(field, value);
    if (date.isBefore(today)) {
      throw RestErrors.invalid(field, KEY_DATE_IN_PAST, field, today.toString());
    }
    return date;
  }

  /** An ISO-8601 instant with offset, e.g. 2026-11-20T08:15:00Z. */
  public static Instant instant(String field, String value) {
    String text = text(field, value, 40);
    try {
      return java.time.OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw RestErrors.invalid(field, KEY_INSTANT, field);
    }
  }

  /** An absolute http(s) URL, or null when absent; other schemes (javascript:, data:) refused. */
  public static String optionalUrl(String field, String value) {
    String text = optionalText(field, value, TEXT_MAX);
    if (text.isEmpty()) {
      return null;
    }
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return text;
      }
    } catch (URISyntaxException e) {
      // falls through to the same answer as a wrong scheme
    }
    throw RestErrors.invalid(field, KEY_URL, field);
  }

  /** One of an enum's constants, case-insensitively. */
  public static <E extends Enum<E>> E choice(String field, String value, Class<E> type) {
    String text = text(field, value, SHORT_MAX);
    try {
      return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw RestErrors.invalid(field, KEY_CHOICE, field, allowed(type));
    }
  }

  private static <E extends Enum<E>> String allowed(Class<E> type) {
    return String.join(
        ", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
  }
}
