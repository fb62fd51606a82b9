package io.postmortem.core.checklist;

import java.util.List;

/**
 * A setting that makes no sense, named so an admin can find it.
 *
 * @param setting the setting's name, as stored
 * @param messageKey i18n key of the explanation
 * @param args message arguments (the bad value first)
 */
public record SettingsError(String setting, String messageKey, List<Object> args) {
  public SettingsError {
    args = List.copyOf(args == null ? List.of() : args);
  }
}
