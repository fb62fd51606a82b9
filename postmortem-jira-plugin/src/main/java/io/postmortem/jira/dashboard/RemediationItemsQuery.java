package io.postmortem.jira.dashboard;

import io.postmortem.core.remediation.RemediationState;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The dashboard's question, checked before any search runs: which open items (projects or a saved
 * filter, a team's component, an owner, states, one postmortem) and which page. Building one from
 * request text either succeeds or names the first bad field with a message key.
 *
 * @param projects project keys, empty for all the caller can see
 * @param filterId a saved filter to narrow by, or null
 * @param component a component (team) name, or null
 * @param owner the assignee's username, or null
 * @param states states to show, empty for all
 * @param postmortemKey one postmortem's key, or null
 * @param page zero-based page number
 * @param size page size, 1 to {@link #MAX_SIZE}
 * @param recurred true for the done items a later incident recurred instead of the open ones
 */
public record RemediationItemsQuery(
    List<String> projects,
    Long filterId,
    String component,
    String owner,
    Set<RemediationState> states,
    String postmortemKey,
    int page,
    int size,
    boolean recurred) {

  public static final int MAX_SIZE = 100;
  public static final int DEFAULT_SIZE = 20;

  /** Bounds deep paging: the index must skip start rows for every page it serves. */
  public static final int MAX_PAGE = 10_000;

  private static final int MAX_TEXT = 255;
  private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,254}");
  private static final Pattern ISSUE_KEY =
      Pattern.compile("[A-Z][A-Z0-9_]{0,254}-[1-9][0-9]{0,17}");

  public RemediationItemsQuery {
    projects = List.copyOf(projects);
    states = states.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(states));
  }

  /**
   * First invalid field as {@code (field, messageKey)}; the query otherwise. {@code recurred} is
   * {@code true}, {@code false} or absent.
   */
  public static Result parse(
      List<String> projects,
      String filter,
      String component,
      String owner,
      List<String> states,
      String postmortem,
      String page,
      String size,
      String recurred) {
    try {
      return new Result(
          new RemediationItemsQuery(
              projectKeys(projects),
              present(filter) ? bounded(filter, Long.MAX_VALUE, "filter", "filter") : null,
              text(component, "component"),
              text(owner, "owner"),
              states(states),
              postmortemKey(postmortem),
              (int) (present(page) ? bounded(page, MAX_PAGE, "page", "page") : 0),
              (int) (present(size) ? bounded(size, MAX_SIZE, "size", "size") : DEFAULT_SIZE),
              flag(recurred, "recurred")),
          null,
          null);
    } catch (Refused refused) {
      return Result.error(refused.field, "postmortem.remediation.error." + refused.message);
    }
  }

  private static List<String> projectKeys(List<String> projects) {
    List<String> keys =
        projects == null
            ? List.of()
            : projects.stream().filter(p -> !p.isBlank()).map(String::trim).toList();
    for (String key : keys) {
      if (!PROJECT_KEY.matcher(key).matches()) {
        throw new Refused("project", "project");
      }
    }
    return keys;
  }

  /** The number in {@code value}, from its field's minimum (page 0, size 1, filter 0) to max. */
  private static long bounded(String value, long max, String field, String message) {
    long min = field.equals("size") ? 1 : 0;
    Optional<Long> parsed = number(value);
    if (parsed.isEmpty() || parsed.get() < min || parsed.get() > max) {
      throw new Refused(field, message);
    }
    return parsed.get();
  }

  private static boolean flag(String value, String field) {
    if (!present(value) || value.trim().equals("false")) {
      return false;
    }
    if (value.trim().equals("true")) {
      return true;
    }
    throw new Refused(field, "flag");
  }

  private static String text(String value, String field) {
    if (!present(value)) {
      return null;
    }
    if (value.length() > MAX_TEXT) {
      throw new Refused(field, "text");
    }
    return value.trim();
  }

  private static EnumSet<RemediationState> states(List<String> ids) {
    EnumSet<RemediationState> wanted = EnumSet.noneOf(RemediationState.class);
    for (String id : ids == null ? List.<String>of() : ids) {
      if (id.isBlank()) {
        continue;
      }
      RemediationState state = RemediationState.fromId(id.trim());
      if (state == null) {
        throw new Refused("state", "state");
      }
      wanted.add(state);
    }
    return wanted;
  }

  private static String postmortemKey(String postmortem) {
    if (!present(postmortem)) {
      return null;
    }
    if (!ISSUE_KEY.matcher(postmortem.trim()).matches()) {
      throw new Refused("postmortem", "postmortem");
    }
    return postmortem.trim();
  }

  public int start() {
    return page * size;
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  private static Optional<Long> number(String text) {
    try {
      return Optional.of(Long.parseLong(text.trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The first bad field; thrown inside {@link #parse} only, and caught there. */
  private static final class Refused extends RuntimeException {
    private final String field;
    private final String message;

    Refused(String field, String message) {
      super(field, null, false, false);
      this.field = field;
      this.message = message;
    }
  }

  /** Either a query or the first bad field and its message key. */
  public record Result(RemediationItemsQuery query, String field, String messageKey) {
    static Result error(String field, String messageKey) {
      return new Result(null, field, messageKey);
    }

    public boolean isValid() {
      return query != null;
    }
  }
}
