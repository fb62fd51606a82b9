package io.postmortem.jira.setup;

import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortem.core.setup.ObjectKind;
import io.postmortem.core.setup.SetupAction;
import io.postmortem.core.setup.SetupLine;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the app's issue types into the project's issue type scheme. Only a scheme the project has to
 * itself is extended: adding a type to a scheme other projects use would change their type lists,
 * so that is reported for the admin to decide.
 */
@Named
public class IssueTypeSchemeSetup {

  private static final Logger LOG = LoggerFactory.getLogger(IssueTypeSchemeSetup.class);

  private final IssueTypeSchemeManager schemes;

  @Inject
  public IssueTypeSchemeSetup(@ComponentImport IssueTypeSchemeManager schemes) {
    this.schemes = schemes;
  }

  /** Whether the project offers every one of these issue types. */
  boolean offers(Project project, List<String> typeIds) {
    Set<String> present = new LinkedHashSet<>();
    for (IssueType type : schemes.getIssueTypesForProject(project)) {
      present.add(type.getId());
    }
    return present.containsAll(typeIds);
  }

  SetupLine ensure(ProjectRun run, Project project, List<String> typeIds) {
    FieldConfigScheme scheme = schemes.getConfigScheme(project);
    String name = scheme == null ? project.getKey() : scheme.getName();
    Set<String> ids = new LinkedHashSet<>();
    for (IssueType type : schemes.getIssueTypesForProject(project)) {
      ids.add(type.getId());
    }
    if (ids.containsAll(typeIds)) {
      return run.line(ObjectKind.ISSUE_TYPE_SCHEME, name, SetupAction.KEEP);
    }
    if (scheme == null || schemes.isDefaultIssueTypeScheme(scheme)) {
      return run.line(ObjectKind.ISSUE_TYPE_SCHEME, name, SetupAction.LEAVE_ALONE)
          .because("postmortem.setup.project.reason.default-type-scheme");
    }
    int projects = scheme.getAssociatedProjectObjects().size();
    if (projects > 1) {
      return run.line(ObjectKind.ISSUE_TYPE_SCHEME, name, SetupAction.LEAVE_ALONE)
          .because("postmortem.setup.project.reason.shared", String.valueOf(projects - 1));
    }
    if (!run.apply()) {
      return run.line(ObjectKind.ISSUE_TYPE_SCHEME, name, SetupAction.CHANGE);
    }
    try {
      ids.addAll(typeIds);
      schemes.update(scheme, List.copyOf(ids));
      return run.line(ObjectKind.ISSUE_TYPE_SCHEME, name, SetupAction.CHANGE);
    } catch (RuntimeException e) {
      LOG.error("Could not add the postmortem issue types to scheme {}", name, e);
      return run.line(ObjectKind.ISSUE_TYPE_SCHEME, name, SetupAction.FAIL)
          .because("postmortem.setup.project.reason.error", String.valueOf(e.getMessage()));
    }
  }
}
