package io.postmortem.core.checklist;

import java.util.List;
import java.util.Set;

/**
 * The outcome of parsing stored or submitted settings: usable settings (defaults wherever a value
 * was nonsense) and the errors found. A workflow keeps working on bad stored arguments; an admin
 * form refuses to save while {@link #errors()} is not empty.
 */
public record ParsedSettings(ChecklistSettings settings, List<SettingsError> errors) {
  private static final Set<String> UNKNOWN_KEYS =
      Set.of("postmortem.settings.error.unknown-setting", "postmortem.settings.error.unknown-rule");

  public ParsedSettings {
    errors = List.copyOf(errors);
  }

  public boolean isValid() {
    return errors.isEmpty();
  }

  /**
   * Whether every error is a key that is no setting (a typo, or a setting of another version):
   * stored settings with nothing but such keys hold no setting at all.
   */
  public boolean onlyUnknownKeys() {
    return errors.stream().allMatch(e -> UNKNOWN_KEYS.contains(e.messageKey()));
  }
}
