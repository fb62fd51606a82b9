package io.postmortem.jira.rest;

import io.postmortem.jira.application.http.RestErrors;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
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
  public static final String KEY_CONTROL = "postmortem.rest.error.control";
  public static final String KEY_INSTANT_RANGE = "postmortem.rest.error.instant-range";
  public static final String KEY_DATE_BEYOND = "postmortem.rest.error.date-beyond";

  /**
   * How far from now a timeline instant may be. Far beyond any incident, near enough that every
   * store and every formatter handles it (year +300000000 used to end in a 500).
   */
  public static final int INSTANT_YEARS = 100;

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

  /**
   * Trimmed, possibly empty, at most {@code max} characters, and free of control characters (NUL
   * and the like) other than line breaks and tabs: they cannot be typed, break databases and mail,
   * and hide text from readers.
   */
  public static String optionalText(String field, String value, int max) {
    String trimmed = value == null ? "" : value.strip();
    if (trimmed.length() > max) {
      throw RestErrors.tooLong(field, max);
    }
    if (hasControlCharacter(trimmed)) {
      throw RestErrors.invalid(field, KEY_CONTROL, field);
    }
    return trimmed;
  }

  static boolean hasControlCharacter(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t') {
        return true;
      }
    }
    return false;
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

  /** An ISO date from {@code today} to {@code today + horizonDays}, both included. */
  public static LocalDate dateWithin(String field, String value, LocalDate today, int horizonDays) {
    LocalDate date = date(field, value);
    if (date.isBefore(today)) {
      throw RestErrors.invalid(field, KEY_DATE_IN_PAST, field, today);
    }
    LocalDate latest = today.plusDays(horizonDays);
    if (date.isAfter(latest)) {
      throw RestErrors.invalid(field, KEY_DATE_BEYOND, field, latest);
    }
    return date;
  }

  /**
   * An ISO-8601 instant with offset, e.g. 2026-11-20T08:15:00Z, within {@link #INSTANT_YEARS} years
   * of {@code now}.
   */
  public static Instant instant(String field, String value, Instant now) {
    String text = text(field, value, 40);
    Instant instant;
    try {
      instant = java.time.OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw RestErrors.invalid(field, KEY_INSTANT, field);
    }
    ZonedDateTime utc = now.atZone(ZoneOffset.UTC);
    Instant earliest = utc.minusYears(INSTANT_YEARS).toInstant();
    Instant latest = utc.plusYears(INSTANT_YEARS).toInstant();
    if (instant.isBefore(earliest) || instant.isAfter(latest)) {
      throw RestErrors.invalid(
          field, KEY_INSTANT_RANGE, field, String.valueOf(INSTANT_YEARS), earliest, latest);
    }
    return instant;
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
