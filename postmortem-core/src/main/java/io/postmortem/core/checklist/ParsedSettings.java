package io.postmortem.core.checklist;

import java.util.List;

/**
 * The outcome of parsing stored or submitted settings: usable settings (defaults wherever a value
 * was nonsense) and the errors found. A workflow keeps working on bad stored arguments; an admin
 * form refuses to save while {@link #errors()} is not empty.
 */
public record ParsedSettings(ChecklistSettings settings, List<SettingsError> errors) {
  public ParsedSettings {
    errors = List.copyOf(errors);
  }

  public boolean isValid() {
    return errors.isEmpty();
  }
}
