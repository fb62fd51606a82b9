package io.postmortem.jira.settings;

import io.postmortem.jira.application.checklist.Choice;
import java.util.List;

/**
 * One field of the project settings page as the template shows it, every text already in the
 * admin's language.
 *
 * @param name the form parameter (the checklist setting key)
 * @param id the HTML id, tying the label to the input
 * @param label what the admin reads
 * @param value what the field holds: the saved value, or what the admin just submitted
 * @param help the hint below the field, empty for none
 * @param rows 0 for a one-line input, otherwise the rows of a text area
 * @param errors why the submitted value was refused, empty when it was not
 * @param choices one checkbox per entry of a list setting with a fixed set of entries, empty for a
 *     text field
 */
public record SettingInput(
    String name,
    String id,
    String label,
    String value,
    String help,
    int rows,
    List<String> errors,
    List<Choice> choices) {
  public SettingInput {
    errors = List.copyOf(errors);
    choices = List.copyOf(choices);
  }

  public boolean checkboxes() {
    return !choices.isEmpty();
  }

  /** The HTML id of one checkbox. */
  public String choiceId(String value) {
    return id + "-" + value;
  }

  public boolean invalid() {
    return !errors.isEmpty();
  }

  public boolean multiline() {
    return rows > 0;
  }

  /** The id of the element holding the errors, for {@code aria-describedby}. */
  public String errorId() {
    return id + "-error";
  }
}
