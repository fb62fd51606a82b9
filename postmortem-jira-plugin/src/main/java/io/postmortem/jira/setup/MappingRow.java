package io.postmortem.jira.setup;

import java.util.List;

/**
 * One select on the setup page's mapping form.
 *
 * @param field the form field, which is also the stored configuration key
 * @param label the row's label, already in the admin's language
 * @param options the choices; an empty value means "none" / "any"
 */
public record MappingRow(String field, String label, List<Pick> options) {
  public MappingRow {
    options = List.copyOf(options);
  }
}
