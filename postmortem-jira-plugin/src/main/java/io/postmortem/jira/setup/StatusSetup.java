package io.postmortem.jira.setup;

import com.atlassian.jira.config.StatusCategoryManager;
import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortem.core.setup.ObjectKind;
import io.postmortem.core.setup.SetupAction;
import io.postmortem.core.setup.SetupLine;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds or creates the Postmortem workflow's statuses. Statuses are global in Jira, so one of the
 * same name is adopted as it is (its category and icon untouched) rather than duplicated.
 */
@Named
public class StatusSetup {

  /** Jira's generic status icon, which every new status needs. */
  static final String ICON = "/images/icons/statuses/generic.png";

  private static final Logger LOG = LoggerFactory.getLogger(StatusSetup.class);

  private final StatusManager statusManager;
  private final StatusCategoryManager categories;

  @Inject
  public StatusSetup(
      @ComponentImport StatusManager statusManager,
      @ComponentImport StatusCategoryManager categories) {
    this.statusManager = statusManager;
    this.categories = categories;
  }

  /** Ensures each status; {@code ids} receives the id of every status that exists afterwards. */
  List<SetupLine> ensure(ProjectRun run, Map<WorkflowStatus, String> ids) {
    Map<String, Status> byName = byName();
    Map<WorkflowStatus, SetupLine> lines = new EnumMap<>(WorkflowStatus.class);
    for (WorkflowStatus wanted : WorkflowStatus.values()) {
      String name = run.text(wanted.nameKey());
      Status existing = byName.get(name.toLowerCase(java.util.Locale.ROOT));
      if (existing != null) {
        ids.put(wanted, existing.getId());
        lines.put(wanted, run.line(ObjectKind.STATUS, existing.getName(), SetupAction.ADOPT));
      } else if (!run.apply()) {
        lines.put(wanted, run.line(ObjectKind.STATUS, name, SetupAction.CREATE));
      } else {
        lines.put(wanted, create(run, wanted, name, ids));
      }
    }
    return List.copyOf(lines.values());
  }

  private SetupLine create(
      ProjectRun run, WorkflowStatus wanted, String name, Map<WorkflowStatus, String> ids) {
    try {
      Status created =
          statusManager.createStatus(
              name,
              run.text(wanted.nameKey() + ".description"),
              ICON,
              categories.getStatusCategoryByKey(wanted.categoryKey()));
      ids.put(wanted, created.getId());
      return run.line(ObjectKind.STATUS, created.getName(), SetupAction.CREATE);
    } catch (RuntimeException e) {
      LOG.error("Could not create status {}", name, e);
      return run.line(ObjectKind.STATUS, name, SetupAction.FAIL)
          .because("postmortem.setup.project.reason.error", String.valueOf(e.getMessage()));
    }
  }

  private Map<String, Status> byName() {
    Map<String, Status> byName = new java.util.HashMap<>();
    for (Status status : statusManager.getStatuses()) {
      byName.putIfAbsent(status.getName().toLowerCase(java.util.Locale.ROOT), status);
    }
    return byName;
  }
}
