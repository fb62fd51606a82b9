package io.postmortem.jira.workflow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The two shapes workflow arguments come in: a descriptor's stored args (a raw map of strings) and
 * a submitted form (a map of String arrays). Both become a plain {@code Map<String, String>}.
 */
final class DescriptorArgs {

  private DescriptorArgs() {}

  /** Stored validator args; non-string values (never written by us) are read as text. */
  static Map<String, String> stored(Map<?, ?> args) {
    Map<String, String> strings = new LinkedHashMap<>();
    if (args != null) {
      args.forEach(
          (key, value) -> {
            if (key != null && value != null) {
              strings.put(String.valueOf(key), String.valueOf(value));
            }
          });
    }
    return strings;
  }

  /**
   * Submitted form parameters; a multi-valued parameter (checkboxes, multi-selects) is joined with
   * commas, which is how list settings are stored.
   */
  static Map<String, String> submitted(Map<String, Object> formParams) {
    Map<String, String> strings = new LinkedHashMap<>();
    if (formParams != null) {
      formParams.forEach(
          (key, value) -> {
            if (value instanceof String[] values) {
              strings.put(key, String.join(",", values));
            } else if (value instanceof List<?> values) {
              strings.put(key, String.join(",", values.stream().map(String::valueOf).toList()));
            } else if (value != null) {
              strings.put(key, String.valueOf(value));
            }
          });
    }
    return strings;
  }
}
