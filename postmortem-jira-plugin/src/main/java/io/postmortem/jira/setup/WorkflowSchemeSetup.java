package io.postmortem.jira.setup;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.workflow.AssignableWorkflowScheme;
import com.atlassian.jira.workflow.WorkflowSchemeManager;
import com.atlassian.jira.workflow.migration.MigrationHelperFactory;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortem.core.setup.ObjectKind;
import io.postmortem.core.setup.SchemeUse;
import io.postmortem.core.setup.SetupAction;
import io.postmortem.core.setup.SetupLine;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ofbiz.core.entity.GenericEntityException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps the Postmortem issue type to the Postmortem workflow in the project's workflow scheme, and
 * an issue type whose workflow got a gated copy to that copy, copy-on-write like the screen
 * schemes. A copy is given to the project through Jira's own migration helper, which does so only
 * when no issue would change workflow; otherwise the report sends the admin to Jira's workflow
 * scheme page, which migrates them.
 */
@Named
public class WorkflowSchemeSetup {

  private static final Logger LOG = LoggerFactory.getLogger(WorkflowSchemeSetup.class);

  private final WorkflowSchemeManager schemes;
  private final MigrationHelperFactory migrations;

  @Inject
  public WorkflowSchemeSetup(
      @ComponentImport WorkflowSchemeManager schemes,
      @ComponentImport MigrationHelperFactory migrations) {
    this.schemes = schemes;
    this.migrations = migrations;
  }

  /**
   * Maps each wanted issue type to its workflow; null when nothing is wanted (a project where the
   * setup maps nothing).
   */
  SetupLine ensure(ProjectRun run, Project project, List<SchemeMapping> wanted) {
    if (wanted.isEmpty()) {
      return null;
    }
    AssignableWorkflowScheme current = schemes.getWorkflowSchemeObj(project);
    String elsewhere = mappedElsewhere(current, wanted);
    SetupAction action = use(current, wanted, elsewhere).decide();
    String copyName =
        run.text("postmortem.setup.project.copy-name", project.getKey(), current.getName());
    SetupLine line =
        switch (action) {
          case LEAVE_ALONE ->
              run.line(ObjectKind.WORKFLOW_SCHEME, current.getName(), action)
                  .because("postmortem.setup.project.reason.mapped-to", elsewhere);
          case COPY ->
              run.line(ObjectKind.WORKFLOW_SCHEME, copyName, action)
                  .because("postmortem.setup.project.reason.copy-of", current.getName());
          default -> run.line(ObjectKind.WORKFLOW_SCHEME, current.getName(), action);
        };
    if (!run.apply() || !action.writes()) {
      return line;
    }
    if (wanted.stream().anyMatch(m -> !m.usable())) {
      return run.failed(line, "postmortem.setup.project.reason.needs-workflow");
    }
    return apply(run, project, current, action, copyName, line, wanted);
  }

  private SchemeUse use(
      AssignableWorkflowScheme current, List<SchemeMapping> wanted, String elsewhere) {
    long ours =
        wanted.stream()
            .filter(m -> m.workflow().equals(current.getConfiguredWorkflow(m.issueTypeId())))
            .count();
    return new SchemeUse(
        current.isDefault(),
        current.isDefault() ? 2 : schemes.getProjectsUsing(current).size(),
        (int) ours,
        elsewhere == null ? 0 : 1,
        wanted.size());
  }

  /**
   * The first workflow an admin mapped a wanted issue type to on purpose: neither ours nor the
   * workflow ours is a gated copy of. Null when there is none.
   */
  private static String mappedElsewhere(
      AssignableWorkflowScheme current, List<SchemeMapping> wanted) {
    for (SchemeMapping mapping : wanted) {
      String configured = current.getConfiguredWorkflow(mapping.issueTypeId());
      if (configured != null
          && !configured.equals(mapping.workflow())
          && !configured.equals(mapping.replaces())) {
        return configured;
      }
    }
    return null;
  }

  /** Writes what the preview line announced: the mapping in place, or a copy for this project. */
  private SetupLine apply(
      ProjectRun run,
      Project project,
      AssignableWorkflowScheme current,
      SetupAction action,
      String copyName,
      SetupLine line,
      List<SchemeMapping> wanted) {
    Map<String, String> mappings = new HashMap<>();
    wanted.forEach(m -> mappings.put(m.issueTypeId(), m.workflow()));
    try {
      if (action == SetupAction.CHANGE) {
        schemes.updateWorkflowScheme(withMappings(current.builder(), mappings).build());
        return line;
      }
      AssignableWorkflowScheme copy = schemes.getWorkflowSchemeObj(copyName);
      if (copy == null) {
        AssignableWorkflowScheme.Builder builder =
            schemes
                .assignableBuilder()
                .setName(copyName)
                .setDescription(
                    run.text("postmortem.setup.project.copy-description", current.getName()))
                .setMappings(current.getMappings());
        copy = schemes.createScheme(withMappings(builder, mappings).build());
      } else if (!copy.getMappings().entrySet().containsAll(mappings.entrySet())) {
        copy = schemes.updateWorkflowScheme(withMappings(copy.builder(), mappings).build());
      }
      if (!migrations.createMigrationHelper(project, copy).doQuickMigrate()) {
        return run.failed(line, "postmortem.setup.project.reason.needs-migration", copyName);
      }
      return line;
    } catch (GenericEntityException | RuntimeException e) {
      LOG.error("Could not set the workflow scheme of {}", project.getKey(), e);
      return run.failed(line, e);
    }
  }

  /**
   * One mapping at a time: Jira's {@code setMappings} replaces every mapping, {@code setMapping}
   * changes one and keeps the others.
   */
  private static AssignableWorkflowScheme.Builder withMappings(
      AssignableWorkflowScheme.Builder builder, Map<String, String> mappings) {
    AssignableWorkflowScheme.Builder result = builder;
    for (Map.Entry<String, String> mapping : mappings.entrySet()) {
      result = result.setMapping(mapping.getKey(), mapping.getValue());
    }
    return result;
  }
}
