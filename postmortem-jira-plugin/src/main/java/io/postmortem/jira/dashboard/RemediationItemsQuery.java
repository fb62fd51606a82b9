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
 */
public record RemediationItemsQuery(
    List<String> projects,
    Long filterId,
    String component,
    String owner,
    Set<RemediationState> states,
    String postmortemKey,
    int page,
    int size) {

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

  /** First invalid field as {@code (field, messageKey)}; the query otherwise. */
  public static Result parse(
      List<String> projects,
      String filter,
      String component,
      String owner,
      List<String> states,
      String postmortem,
      String page,
      String size) {
    List<String> projectKeys =
        projects == null
            ? List.of()
            : projects.stream().filter(p -> !p.isBlank()).map(String::trim).toList();
    for (String key : projectKeys) {
      if (!PROJECT_KEY.matcher(key).matches()) {
        return Result.error("project", "postmortem.remediation.error.project");
      }
    }
    Long filterId = null;
    if (present(filter)) {
      Optional<Long> parsed = number(filter);
      if (parsed.isEmpty() || parsed.get() < 0) {
        return Result.error("filter", "postmortem.remediation.error.filter");
      }
      filterId = parsed.get();
    }
    if (present(component) && component.length() > MAX_TEXT) {
      return Result.error("component", "postmortem.remediation.error.text");
    }
    if (present(owner) && owner.length() > MAX_TEXT) {
      return Result.error("owner", "postmortem.remediation.error.text");
    }
    EnumSet<RemediationState> wanted = EnumSet.noneOf(RemediationState.class);
    for (String id : states == null ? List.<String>of() : states) {
      if (id.isBlank()) {
        continue;
      }
      RemediationState state = RemediationState.fromId(id.trim());
      if (state == null) {
        return Result.error("state", "postmortem.remediation.error.state");
      }
      wanted.add(state);
    }
    if (present(postmortem) && !ISSUE_KEY.matcher(postmortem.trim()).matches()) {
      return Result.error("postmortem", "postmortem.remediation.error.postmortem");
    }
    Optional<Long> pageNumber = present(page) ? number(page) : Optional.of(0L);
    if (pageNumber.isEmpty() || pageNumber.get() < 0 || pageNumber.get() > MAX_PAGE) {
      return Result.error("page", "postmortem.remediation.error.page");
    }
    Optional<Long> pageSize = present(size) ? number(size) : Optional.of((long) DEFAULT_SIZE);
    if (pageSize.isEmpty() || pageSize.get() < 1 || pageSize.get() > MAX_SIZE) {
      return Result.error("size", "postmortem.remediation.error.size");
    }
    return new Result(
        new RemediationItemsQuery(
            projectKeys,
            filterId,
            present(component) ? component.trim() : null,
            present(owner) ? owner.trim() : null,
            wanted,
            present(postmortem) ? postmortem.trim() : null,
            pageNumber.get().intValue(),
            pageSize.get().intValue()),
        null,
        null);
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
