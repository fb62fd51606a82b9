package io.postmortem.jira.setup;

import com.atlassian.jira.config.ConstantsManager;
import com.atlassian.jira.issue.fields.screen.FieldScreenScheme;
import com.atlassian.jira.issue.fields.screen.FieldScreenSchemeManager;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenScheme;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeEntity;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeEntityImpl;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeImpl;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeManager;
import com.atlassian.jira.project.Project;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortem.core.setup.ObjectKind;
import io.postmortem.core.setup.SchemeUse;
import io.postmortem.core.setup.SetupAction;
import io.postmortem.core.setup.SetupLine;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps the app's issue types to their screen schemes in the project's issue type screen scheme,
 * copy-on-write: a scheme other projects use (or Jira's default) is copied with every other issue
 * type mapped exactly as before, and only the copy is given to the project.
 */
@Named
public class ScreenSchemeAssociation {

  private static final Logger LOG = LoggerFactory.getLogger(ScreenSchemeAssociation.class);

  private final IssueTypeScreenSchemeManager schemes;
  private final FieldScreenSchemeManager screenSchemes;
  private final ConstantsManager constants;

  @Inject
  public ScreenSchemeAssociation(
      @ComponentImport IssueTypeScreenSchemeManager schemes,
      @ComponentImport FieldScreenSchemeManager screenSchemes,
      @ComponentImport ConstantsManager constants) {
    this.schemes = schemes;
    this.screenSchemes = screenSchemes;
    this.constants = constants;
  }

  /** {@code wanted}: issue type id to the screen scheme it should use (null while only planned). */
  SetupLine ensure(ProjectRun run, Project project, Map<String, FieldScreenScheme> wanted) {
    IssueTypeScreenScheme current = schemes.getIssueTypeScreenScheme(project);
    SetupAction action = use(current, wanted).decide();
    String copyName =
        run.text("postmortem.setup.project.copy-name", project.getKey(), current.getName());
    SetupLine line =
        switch (action) {
          case LEAVE_ALONE ->
              run.line(ObjectKind.ISSUE_TYPE_SCREEN_SCHEME, current.getName(), action)
                  .because("postmortem.setup.project.reason.customised");
          case COPY ->
              run.line(ObjectKind.ISSUE_TYPE_SCREEN_SCHEME, copyName, action)
                  .because("postmortem.setup.project.reason.copy-of", current.getName());
          default -> run.line(ObjectKind.ISSUE_TYPE_SCREEN_SCHEME, current.getName(), action);
        };
    if (!run.apply() || !action.writes()) {
      return line;
    }
    if (wanted.containsValue(null)) {
      return run.failed(line, "postmortem.setup.project.reason.needs-screen-scheme");
    }
    try {
      if (action == SetupAction.COPY) {
        copy(run, project, current, copyName, wanted);
      } else {
        addEntities(current, wanted);
      }
      return line;
    } catch (RuntimeException e) {
      LOG.error("Could not update issue type screen scheme {}", line.name(), e);
      return run.failed(line, e);
    }
  }

  private SchemeUse use(IssueTypeScreenScheme scheme, Map<String, FieldScreenScheme> wanted) {
    int ours = 0;
    int elsewhere = 0;
    for (Map.Entry<String, FieldScreenScheme> entry : wanted.entrySet()) {
      IssueTypeScreenSchemeEntity entity = scheme.getEntity(entry.getKey());
      if (entity == null) {
        continue;
      }
      FieldScreenScheme mapped = entity.getFieldScreenScheme();
      if (entry.getValue() != null
          && mapped != null
          && Objects.equals(mapped.getId(), entry.getValue().getId())) {
        ours++;
      } else {
        elsewhere++;
      }
    }
    return new SchemeUse(
        scheme.isDefault(), schemes.getProjects(scheme).size(), ours, elsewhere, wanted.size());
  }

  private void copy(
      ProjectRun run,
      Project project,
      IssueTypeScreenScheme current,
      String copyName,
      Map<String, FieldScreenScheme> wanted) {
    IssueTypeScreenScheme copy = existingCopy(copyName);
    if (copy == null) {
      copy = new IssueTypeScreenSchemeImpl(schemes, null);
      copy.setName(copyName);
      copy.setDescription(run.text("postmortem.setup.project.copy-description", current.getName()));
      copy.store();
      for (IssueTypeScreenSchemeEntity entity : current.getEntities()) {
        if (!wanted.containsKey(entity.getIssueTypeId())) {
          copy.addEntity(entity(entity.getIssueTypeId(), entity.getFieldScreenScheme()));
        }
      }
    }
    addEntities(copy, wanted);
    // Switch only once the copy is complete: until then the project keeps its old scheme.
    schemes.removeSchemeAssociation(project, current);
    schemes.addSchemeAssociation(project, copy);
  }

  /** A copy left by an earlier run that stopped before switching the project over. */
  private IssueTypeScreenScheme existingCopy(String name) {
    return schemes.getIssueTypeScreenSchemes().stream()
        .filter(s -> name.equals(s.getName()))
        .findFirst()
        .orElse(null);
  }

  private void addEntities(IssueTypeScreenScheme scheme, Map<String, FieldScreenScheme> wanted) {
    for (Map.Entry<String, FieldScreenScheme> entry : wanted.entrySet()) {
      if (scheme.getEntity(entry.getKey()) == null) {
        scheme.addEntity(entity(entry.getKey(), entry.getValue()));
      }
    }
  }

  private IssueTypeScreenSchemeEntity entity(String issueTypeId, FieldScreenScheme screenScheme) {
    IssueTypeScreenSchemeEntity entity =
        new IssueTypeScreenSchemeEntityImpl(schemes, null, screenSchemes, constants);
    entity.setIssueTypeId(issueTypeId);
    entity.setFieldScreenScheme(screenScheme);
    return entity;
  }
}
