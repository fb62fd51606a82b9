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
import org.ofbiz.core.entity.GenericEntityException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps the Postmortem issue type to the Postmortem workflow in the project's workflow scheme,
 * copy-on-write like the screen schemes. A copy is given to the project through Jira's own
 * migration helper, which does so only when no issue would change workflow; otherwise the report
 * sends the admin to Jira's workflow scheme page, which migrates them.
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

  SetupLine ensure(ProjectRun run, Project project, boolean workflowExists) {
    String typeId = run.mapping().postmortemIssueTypeId();
    String workflow = WorkflowSetup.name(run);
    AssignableWorkflowScheme current = schemes.getWorkflowSchemeObj(project);
    String configured = current.getConfiguredWorkflow(typeId);
    SchemeUse use =
        new SchemeUse(
            current.isDefault(),
            current.isDefault() ? 2 : schemes.getProjectsUsing(current).size(),
            workflow.equals(configured) ? 1 : 0,
            configured != null && !workflow.equals(configured) ? 1 : 0,
            1);
    SetupAction action = use.decide();
    String copyName =
        run.text("postmortem.setup.project.copy-name", project.getKey(), current.getName());
    SetupLine line =
        switch (action) {
          case LEAVE_ALONE ->
              run.line(ObjectKind.WORKFLOW_SCHEME, current.getName(), action)
                  .because("postmortem.setup.project.reason.mapped-to", configured);
          case COPY ->
              run.line(ObjectKind.WORKFLOW_SCHEME, copyName, action)
                  .because("postmortem.setup.project.reason.copy-of", current.getName());
          default -> run.line(ObjectKind.WORKFLOW_SCHEME, current.getName(), action);
        };
    if (!run.apply() || !action.writes()) {
      return line;
    }
    if (!workflowExists) {
      return run.failed(line, "postmortem.setup.project.reason.needs-workflow");
    }
    return apply(run, project, current, action, copyName, line);
  }

  /** Writes what the preview line announced: the mapping in place, or a copy for this project. */
  private SetupLine apply(
      ProjectRun run,
      Project project,
      AssignableWorkflowScheme current,
      SetupAction action,
      String copyName,
      SetupLine line) {
    String typeId = run.mapping().postmortemIssueTypeId();
    String workflow = WorkflowSetup.name(run);
    try {
      if (action == SetupAction.CHANGE) {
        schemes.updateWorkflowScheme(current.builder().setMapping(typeId, workflow).build());
        return line;
      }
      AssignableWorkflowScheme copy = schemes.getWorkflowSchemeObj(copyName);
      if (copy == null) {
        copy =
            schemes.createScheme(
                schemes
                    .assignableBuilder()
                    .setName(copyName)
                    .setDescription(
                        run.text("postmortem.setup.project.copy-description", current.getName()))
                    .setMappings(current.getMappings())
                    .setMapping(typeId, workflow)
                    .build());
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
}
