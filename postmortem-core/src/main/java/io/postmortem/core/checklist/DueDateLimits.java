package io.postmortem.core.checklist;

import io.postmortem.core.postmortem.Horizon;
import io.postmortem.core.postmortem.PriorityLevel;
import io.postmortem.core.postmortem.Severity;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How many days after the postmortem an action item may be due, by incident severity × item
 * priority × horizon. Sources disagree (PagerDuty: Sev-1 High items 15 days, Sev-2 30; Atlassian:
 * 4–8 weeks), so admins set any combination and leave the rest to fall back; the built-in default
 * (30 short-term, 90 long-term) is the last resort. The entry naming more of the three wins; among
 * entries naming as many, severity counts most, then priority, then horizon.
 *
 * <p>Setting keys: {@code due.days.<severity|*>.<priority|*>.<horizon|*>}, e.g. {@code
 * due.days.SEV_1.HIGH.SHORT_TERM=15} or {@code due.days.*.*.LONG_TERM=120}.
 */
public final class DueDateLimits {

  public static final String ANY = "*";
  public static final int DEFAULT_SHORT_TERM_DAYS = 30;
  public static final int DEFAULT_LONG_TERM_DAYS = 90;

  private final Map<String, Integer> days;

  /** The resolved limit of every severity × priority × horizon, so a lookup costs no search. */
  private final int[][][] table;

  DueDateLimits(Map<String, Integer> days) {
    this.days = Map.copyOf(days);
    Severity[] severities = Severity.values();
    PriorityLevel[] priorities = PriorityLevel.values();
    Horizon[] horizons = Horizon.values();
    table = new int[severities.length][priorities.length][horizons.length];
    for (Severity s : severities) {
      for (PriorityLevel p : priorities) {
        for (Horizon h : horizons) {
          table[s.ordinal()][p.ordinal()][h.ordinal()] = search(s.name(), p.name(), h);
        }
      }
    }
  }

  /**
   * The limit for an item; an item without a horizon gets the short-term limit, because an
   * unplanned item should not enjoy the longer one.
   */
  public int daysFor(Severity severity, PriorityLevel priority, Horizon horizon) {
    Horizon effective = horizon == null ? Horizon.SHORT_TERM : horizon;
    if (severity == null || priority == null) {
      return search(
          severity == null ? ANY : severity.name(),
          priority == null ? ANY : priority.name(),
          effective);
    }
    return table[severity.ordinal()][priority.ordinal()][effective.ordinal()];
  }

  /**
   * The latest due date the limit allows for an item of a postmortem created on {@code createdOn}:
   * what the {@code due-within-limit} rule checks against and what "Add action item" proposes, so
   * both always name the same day. Never past the last day a date can name.
   */
  public LocalDate latestDueDate(
      LocalDate createdOn, Severity severity, PriorityLevel priority, Horizon horizon) {
    int limit = daysFor(severity, priority, horizon);
    return ChronoUnit.DAYS.between(createdOn, LocalDate.MAX) < limit
        ? LocalDate.MAX
        : createdOn.plusDays(limit);
  }

  private int search(String s, String p, Horizon effective) {
    String h = effective.name();
    String[][] candidates = {
      {s, p, h},
      {s, p, ANY},
      {s, ANY, h},
      {ANY, p, h},
      {s, ANY, ANY},
      {ANY, p, ANY},
      {ANY, ANY, h},
      {ANY, ANY, ANY}
    };
    for (String[] c : candidates) {
      Integer found = days.get(key(c[0], c[1], c[2]));
      if (found != null) {
        return found;
      }
    }
    return effective == Horizon.LONG_TERM ? DEFAULT_LONG_TERM_DAYS : DEFAULT_SHORT_TERM_DAYS;
  }

  /**
   * The key of one limit, e.g. {@code due.days.SEV_1.*.SHORT_TERM}; parts are names or {@link
   * #ANY}.
   */
  public static String key(String severity, String priority, String horizon) {
    return SettingsSchema.DUE_DAYS.prefix() + severity + "." + priority + "." + horizon;
  }

  static DueDateLimits read(SettingsReader reader) {
    Map<String, Integer> days = new LinkedHashMap<>();
    for (String key : reader.keysStartingWith(SettingsSchema.DUE_DAYS.prefix())) {
      String[] parts = key.substring(SettingsSchema.DUE_DAYS.prefix().length()).split("\\.", -1);
      if (parts.length != 3) {
        reader.error(key, "postmortem.settings.error.malformed-key", key);
        continue;
      }
      Optional<String> severity = part(parts[0], Severity.class);
      Optional<String> priority = part(parts[1], PriorityLevel.class);
      Optional<String> horizon = part(parts[2], Horizon.class);
      if (severity.isEmpty()) {
        reader.error(key, "postmortem.settings.error.unknown-incident-severity", parts[0]);
      } else if (priority.isEmpty()) {
        reader.error(key, "postmortem.settings.error.unknown-priority", parts[1]);
      } else if (horizon.isEmpty()) {
        reader.error(key, "postmortem.settings.error.unknown-horizon", parts[2]);
      } else {
        String canonicalKey = key(severity.get(), priority.get(), horizon.get());
        int limit = reader.integer(key, SettingsSchema.DUE_DAYS, -1);
        if (limit >= 0) {
          reader.forget(key);
          reader.accept(canonicalKey, Integer.toString(limit));
          days.put(canonicalKey, limit);
        }
      }
    }
    return new DueDateLimits(days);
  }

  private static <E extends Enum<E>> Optional<String> part(String text, Class<E> type) {
    if (text.trim().equals(ANY) || text.trim().equalsIgnoreCase("any")) {
      return Optional.of(ANY);
    }
    return SettingsReader.enumValue(type, text).map(Enum::name);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DueDateLimits other && days.equals(other.days);
  }

  @Override
  public int hashCode() {
    return days.hashCode();
  }
}
