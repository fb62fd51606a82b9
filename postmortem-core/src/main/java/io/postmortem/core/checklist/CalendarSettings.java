package io.postmortem.core.checklist;

import io.postmortem.core.calendar.BusinessCalendar;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads the review calendar's settings: holidays, weekend and the team's time zone. */
final class CalendarSettings {

  private CalendarSettings() {}

  /** The business calendar; a weekend of every day is an error, and the usual weekend applies. */
  static BusinessCalendar calendar(SettingsReader in) {
    List<LocalDate> holidays = in.list(SettingsSchema.HOLIDAYS, SettingsReader::isoDate);
    List<DayOfWeek> weekend =
        in.list(SettingsSchema.WEEKEND, s -> SettingsReader.enumValue(DayOfWeek.class, s));
    if (weekend.size() == DayOfWeek.values().length) {
      String key = SettingsSchema.WEEKEND.key();
      in.error(key, "postmortem.settings.error.no-business-day", in.canonical().get(key));
      in.forget(key);
      weekend = List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    }
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    days.addAll(weekend);
    return new BusinessCalendar(days, Set.copyOf(holidays));
  }

  /** The zone that turns instants into the team's days; an unknown id is an error. */
  static ZoneId zone(SettingsReader in) {
    String key = SettingsSchema.ZONE.key();
    ZoneId fallback = ZoneId.of(SettingsSchema.ZONE.defaultValue());
    Optional<String> text = in.value(key);
    if (text.isEmpty()) {
      return fallback;
    }
    try {
      ZoneId zone = ZoneId.of(text.get());
      in.accept(key, zone.getId());
      return zone;
    } catch (DateTimeException e) {
      in.error(key, "postmortem.settings.error.unknown-zone", text.get());
      return fallback;
    }
  }
}
