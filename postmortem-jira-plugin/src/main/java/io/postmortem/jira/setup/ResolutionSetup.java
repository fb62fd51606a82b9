package io.postmortem.jira.setup;

import com.atlassian.jira.config.ResolutionManager;
import com.atlassian.jira.issue.resolution.Resolution;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortem.core.setup.ObjectKind;
import io.postmortem.core.setup.SetupAction;
import io.postmortem.core.setup.SetupLine;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds or creates the resolutions Publish and Cancel set. Resolutions are global in Jira, like
 * statuses, so one of the same name (Jira ships "Done" and "Won't Do") is adopted as it is.
 */
@Named
public class ResolutionSetup {

  private static final Logger LOG = LoggerFactory.getLogger(ResolutionSetup.class);

  private final ResolutionManager resolutions;

  @Inject
  public ResolutionSetup(@ComponentImport ResolutionManager resolutions) {
    this.resolutions = resolutions;
  }

  /** Ensures each resolution; {@code ids} receives the id of every one that exists afterwards. */
  List<SetupLine> ensure(ProjectRun run, Map<WorkflowResolution, String> ids) {
    Map<String, Resolution> byName = new HashMap<>();
    for (Resolution resolution : resolutions.getResolutions()) {
      byName.putIfAbsent(resolution.getName().toLowerCase(Locale.ROOT), resolution);
    }
    List<SetupLine> lines = new ArrayList<>();
    for (WorkflowResolution wanted : WorkflowResolution.values()) {
      String name = run.text(wanted.nameKey());
      Resolution existing = byName.get(name.toLowerCase(Locale.ROOT));
      if (existing != null) {
        ids.put(wanted, existing.getId());
        lines.add(run.line(ObjectKind.RESOLUTION, existing.getName(), SetupAction.ADOPT));
      } else if (!run.apply()) {
        lines.add(run.line(ObjectKind.RESOLUTION, name, SetupAction.CREATE));
      } else {
        lines.add(create(run, wanted, name, ids));
      }
    }
    return lines;
  }

  private SetupLine create(
      ProjectRun run, WorkflowResolution wanted, String name, Map<WorkflowResolution, String> ids) {
    try {
      Resolution created =
          resolutions.createResolution(name, run.text(wanted.nameKey() + ".description"));
      ids.put(wanted, created.getId());
      return run.line(ObjectKind.RESOLUTION, created.getName(), SetupAction.CREATE);
    } catch (RuntimeException e) {
      LOG.error("Could not create resolution {}", name, e);
      return run.failed(run.line(ObjectKind.RESOLUTION, name, SetupAction.CREATE), e);
    }
  }
}
