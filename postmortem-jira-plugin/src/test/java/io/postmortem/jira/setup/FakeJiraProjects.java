package io.postmortem.jira.setup;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;

import com.atlassian.jira.config.ConstantsManager;
import com.atlassian.jira.config.ResolutionManager;
import com.atlassian.jira.config.StatusCategoryManager;
import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.fields.screen.FieldScreen;
import com.atlassian.jira.issue.fields.screen.FieldScreenImpl;
import com.atlassian.jira.issue.fields.screen.FieldScreenManager;
import com.atlassian.jira.issue.fields.screen.FieldScreenScheme;
import com.atlassian.jira.issue.fields.screen.FieldScreenSchemeImpl;
import com.atlassian.jira.issue.fields.screen.FieldScreenSchemeItemImpl;
import com.atlassian.jira.issue.fields.screen.FieldScreenSchemeManager;
import com.atlassian.jira.issue.fields.screen.FieldScreenTab;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenScheme;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeEntity;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeEntityImpl;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeImpl;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeManager;
import com.atlassian.jira.issue.resolution.Resolution;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.workflow.AssignableWorkflowScheme;
import com.atlassian.jira.workflow.ConfigurableJiraWorkflow;
import com.atlassian.jira.workflow.JiraWorkflow;
import com.atlassian.jira.workflow.WorkflowManager;
import com.atlassian.jira.workflow.WorkflowSchemeManager;
import com.atlassian.jira.workflow.WorkflowUtil;
import com.atlassian.jira.workflow.migration.AssignableWorkflowSchemeMigrationHelper;
import com.atlassian.jira.workflow.migration.MigrationHelperFactory;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import io.postmortem.core.setup.TransitionChoice;
import io.postmortem.jira.application.issue.JiraMapping;
import io.postmortem.jira.testing.BundleI18nHelper;
import io.postmortem.jira.testing.FakeJira;
import io.postmortem.jira.testing.FakeJiraAdmin;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.mockito.MockedStatic;
import org.mockito.Mockito;

/**
 * Jira's workflow, status, screen and scheme services as Mockito mocks that keep what is created,
 * so a second setup run sees the first one's work as it would in Jira. Jira's own classes the setup
 * constructs (screens, schemes, the workflow) are intercepted with Mockito's construction mocks,
 * and {@code WorkflowUtil} parses the descriptor with OSWorkflow's real loader. Every write is
 * recorded in {@link #writes}; {@link #failOn} makes chosen writes throw, as a Jira error would.
 *
 * <p>Not a second fake Jira but the per-project administration facet of the one fake: statuses,
 * resolutions, workflows, workflow and issue type schemes, screens — state neither {@link FakeJira}
 * (issues, links, permissions, searches) nor {@link FakeJiraAdmin} (app-wide issue types, link
 * types, fields, settings) holds. {@link #page} joins it with a FakeJiraAdmin into one object graph
 * for the setup page; users and issue types come from FakeJira's factories.
 */
final class FakeJiraProjects implements AutoCloseable {

  final StatusManager statusManager = mock(StatusManager.class);
  final StatusCategoryManager categoryManager = mock(StatusCategoryManager.class);
  final ResolutionManager resolutionManager = mock(ResolutionManager.class);
  final WorkflowManager workflowManager = mock(WorkflowManager.class);
  final WorkflowSchemeManager workflowSchemeManager = mock(WorkflowSchemeManager.class);
  final MigrationHelperFactory migrations = mock(MigrationHelperFactory.class);
  final IssueTypeSchemeManager issueTypeSchemeManager = mock(IssueTypeSchemeManager.class);
  final FieldScreenManager screenManager = mock(FieldScreenManager.class);
  final FieldScreenSchemeManager screenSchemeManager = mock(FieldScreenSchemeManager.class);
  final IssueTypeScreenSchemeManager itssManager = mock(IssueTypeScreenSchemeManager.class);
  final ConstantsManager constants = mock(ConstantsManager.class);
  final ApplicationUser admin = FakeJira.user("admin");

  final List<Status> statuses = new ArrayList<>();
  final List<Resolution> resolutions = new ArrayList<>();
  final Map<String, JiraWorkflow> workflows = new LinkedHashMap<>();
  final Map<String, JiraWorkflow> drafts = new LinkedHashMap<>();
  final Set<String> systemWorkflows = new HashSet<>(Set.of("jira"));
  final List<FieldScreen> screens = new ArrayList<>();
  final List<FieldScreenScheme> screenSchemes = new ArrayList<>();
  final List<IssueTypeScreenScheme> itss = new ArrayList<>();
  final Map<Long, IssueTypeScreenScheme> itssOfProject = new HashMap<>();
  final List<AssignableWorkflowScheme> workflowSchemes = new ArrayList<>();
  final Map<Long, AssignableWorkflowScheme> workflowSchemeOfProject = new HashMap<>();
  final Map<Long, Set<String>> typesOfProject = new HashMap<>();
  final Map<Long, FieldConfigScheme> typeSchemeOfProject = new HashMap<>();
  final Set<Long> projectsWithIssues = new HashSet<>();
  final List<String> writes = new ArrayList<>();
  final Set<String> failOn = new HashSet<>();

  final IssueTypeScreenScheme defaultItss;
  final FieldScreenScheme defaultScreenScheme;
  final AssignableWorkflowScheme defaultWorkflowScheme;
  final FieldConfigScheme defaultTypeScheme;

  private final Map<Object, Map<String, Object>> state = new HashMap<>();
  private final List<AutoCloseable> interceptors = new ArrayList<>();
  private final Map<String, StatusCategory> categories = new HashMap<>();
  private long nextId = 20_000;

  FakeJiraProjects() {
    for (String key :
        List.of(StatusCategory.TO_DO, StatusCategory.IN_PROGRESS, StatusCategory.COMPLETE)) {
      StatusCategory category = mock(StatusCategory.class);
      lenient().when(category.getKey()).thenReturn(key);
      categories.put(key, category);
    }
    lenient()
        .when(categoryManager.getStatusCategoryByKey(anyString()))
        .thenAnswer(call -> categories.get(call.<String>getArgument(0)));
    lenient().when(statusManager.getStatuses()).thenAnswer(call -> List.copyOf(statuses));
    lenient()
        .when(statusManager.createStatus(anyString(), any(), anyString(), any()))
        .thenAnswer(
            call -> {
              write("status " + call.getArgument(0));
              return addStatus(call.getArgument(0), call.<StatusCategory>getArgument(3).getKey());
            });
    addStatus("Open", StatusCategory.TO_DO);
    addStatus("Done", StatusCategory.COMPLETE);
    lenient().when(resolutionManager.getResolutions()).thenAnswer(call -> List.copyOf(resolutions));
    lenient()
        .when(resolutionManager.createResolution(anyString(), any()))
        .thenAnswer(
            call -> {
              write("resolution " + call.getArgument(0));
              return addResolution(call.getArgument(0));
            });
    addResolution("Done");

    lenient()
        .when(workflowManager.getWorkflow(anyString()))
        .thenAnswer(call -> workflows.get(call.<String>getArgument(0)));
    doAnswer(
            call -> {
              JiraWorkflow workflow = call.getArgument(1);
              write("workflow " + workflow.getName());
              workflows.put(workflow.getName(), workflow);
              return null;
            })
        .when(workflowManager)
        .createWorkflow(any(), any());

    fakeWorkflowEditing();
    workflows.put("jira", workflow("jira", simpleWorkflowXml()));

    defaultScreenScheme = screenScheme("Default Screen Scheme", screen("Default Screen"));
    defaultItss = itss("Default Issue Type Screen Scheme", true);
    defaultItss.addEntity(entity(null, defaultScreenScheme));
    lenient().when(screenManager.getFieldScreens()).thenAnswer(call -> List.copyOf(screens));
    lenient()
        .when(screenSchemeManager.getFieldScreenSchemes())
        .thenAnswer(call -> List.copyOf(screenSchemes));
    lenient().when(itssManager.getIssueTypeScreenSchemes()).thenAnswer(call -> List.copyOf(itss));
    lenient()
        .when(itssManager.getIssueTypeScreenScheme(any(Project.class)))
        .thenAnswer(
            call -> itssOfProject.getOrDefault(call.<Project>getArgument(0).getId(), defaultItss));
    lenient()
        .when(itssManager.getProjects(any()))
        .thenAnswer(
            call -> {
              IssueTypeScreenScheme scheme = call.getArgument(0);
              long users =
                  scheme.isDefault()
                      ? 99
                      : itssOfProject.values().stream().filter(s -> s == scheme).count();
              List<org.ofbiz.core.entity.GenericValue> projects = new ArrayList<>();
              for (int i = 0; i < users; i++) {
                projects.add(null);
              }
              return projects;
            });
    doAnswer(
            call -> {
              write("associate screens " + call.<Project>getArgument(0).getKey());
              itssOfProject.put(call.<Project>getArgument(0).getId(), call.getArgument(1));
              return null;
            })
        .when(itssManager)
        .addSchemeAssociation(any(Project.class), any());

    defaultWorkflowScheme = workflowScheme("Default Workflow Scheme", true, Map.of());
    lenient()
        .when(workflowSchemeManager.getWorkflowSchemeObj(any(Project.class)))
        .thenAnswer(
            call ->
                workflowSchemeOfProject.getOrDefault(
                    call.<Project>getArgument(0).getId(), defaultWorkflowScheme));
    lenient()
        .when(workflowSchemeManager.getWorkflowSchemeObj(anyString()))
        .thenAnswer(
            call ->
                workflowSchemes.stream()
                    .filter(s -> s.getName().equals(call.getArgument(0)))
                    .findFirst()
                    .orElse(null));
    lenient()
        .when(workflowSchemeManager.getProjectsUsing(any()))
        .thenAnswer(
            call -> {
              AssignableWorkflowScheme scheme = call.getArgument(0);
              List<Project> users = new ArrayList<>();
              workflowSchemeOfProject.forEach(
                  (id, s) -> {
                    if (s.getId().equals(scheme.getId())) {
                      users.add(projectMock(id));
                    }
                  });
              return users;
            });
    lenient()
        .when(workflowSchemeManager.assignableBuilder())
        .thenAnswer(call -> builder(null, "", Map.of()));
    lenient()
        .when(workflowSchemeManager.createScheme(any()))
        .thenAnswer(
            call -> {
              AssignableWorkflowScheme built = call.getArgument(0);
              write("workflow scheme " + built.getName());
              AssignableWorkflowScheme stored =
                  workflowScheme(built.getName(), false, built.getMappings());
              return stored;
            });
    lenient()
        .when(workflowSchemeManager.updateWorkflowScheme(any()))
        .thenAnswer(
            call -> {
              AssignableWorkflowScheme built = call.getArgument(0);
              write("workflow scheme " + built.getName());
              workflowSchemeOfProject.replaceAll(
                  (id, s) -> s.getId().equals(built.getId()) ? built : s);
              workflowSchemes.replaceAll(s -> s.getId().equals(built.getId()) ? built : s);
              return built;
            });
    try {
      lenient()
          .when(migrations.createMigrationHelper(any(), any()))
          .thenAnswer(
              call -> {
                Project project = call.getArgument(0);
                AssignableWorkflowScheme scheme = call.getArgument(1);
                AssignableWorkflowSchemeMigrationHelper helper =
                    mock(AssignableWorkflowSchemeMigrationHelper.class);
                lenient()
                    .when(helper.doQuickMigrate())
                    .thenAnswer(
                        quick -> {
                          if (projectsWithIssues.contains(project.getId())) {
                            return false;
                          }
                          write("associate workflow scheme " + project.getKey());
                          workflowSchemeOfProject.put(project.getId(), scheme);
                          return true;
                        });
                return helper;
              });
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }

    defaultTypeScheme = typeScheme("Default Issue Type Scheme");
    lenient()
        .when(issueTypeSchemeManager.isDefaultIssueTypeScheme(any()))
        .thenAnswer(call -> call.getArgument(0) == defaultTypeScheme);
    lenient()
        .when(issueTypeSchemeManager.getConfigScheme(any(Project.class)))
        .thenAnswer(
            call ->
                typeSchemeOfProject.getOrDefault(
                    call.<Project>getArgument(0).getId(), defaultTypeScheme));
    lenient()
        .when(issueTypeSchemeManager.getIssueTypesForProject(any(Project.class)))
        .thenAnswer(
            call ->
                typesOfProject.getOrDefault(call.<Project>getArgument(0).getId(), Set.of()).stream()
                    .map(id -> FakeJira.issueType(id, false))
                    .toList());
    lenient()
        .when(issueTypeSchemeManager.update(any(), any()))
        .thenAnswer(
            call -> {
              FieldConfigScheme scheme = call.getArgument(0);
              write("issue type scheme " + scheme.getName());
              typeSchemeOfProject.forEach(
                  (id, s) -> {
                    if (s == scheme) {
                      typesOfProject.put(
                          id,
                          new LinkedHashSet<>(call.<java.util.Collection<String>>getArgument(1)));
                    }
                  });
              return scheme;
            });
    interceptors.add(interceptOnThisThread());
    writes.clear();
  }

  /**
   * A project with its own issue type scheme holding {@code typeIds}, on Jira's default schemes.
   */
  Project project(long id, String key, String... typeIds) {
    Project project = projectMock(id);
    lenient().when(project.getKey()).thenReturn(key);
    lenient().when(project.getName()).thenReturn("Project " + key);
    FieldConfigScheme scheme = typeScheme(key + ": Issue Type Scheme");
    lenient().when(scheme.getAssociatedProjectObjects()).thenReturn(List.of(project));
    typeSchemeOfProject.put(id, scheme);
    typesOfProject.put(id, new LinkedHashSet<>(List.of(typeIds)));
    return project;
  }

  ProjectRun run(Project project, JiraMapping mapping, boolean apply) {
    return run(project, mapping, apply, true);
  }

  ProjectRun run(Project project, JiraMapping mapping, boolean apply, boolean publishDrafts) {
    return run(project, mapping, apply, publishDrafts, TransitionChoice.everyTransition());
  }

  /** A run with the closing transitions the admin ticked. */
  ProjectRun run(
      Project project,
      JiraMapping mapping,
      boolean apply,
      boolean publishDrafts,
      TransitionChoice transitions) {
    return new ProjectRun(
        project,
        admin,
        mapping,
        Map.of(),
        BundleI18nHelper.forLocale(Locale.ENGLISH),
        apply,
        publishDrafts,
        transitions);
  }

  /** Drafts, clones, publishing and the active and system checks, as Jira's workflow manager. */
  private void fakeWorkflowEditing() {
    lenient()
        .when(workflowManager.isSystemWorkflow(any()))
        .thenAnswer(c -> systemWorkflows.contains(c.<JiraWorkflow>getArgument(0).getName()));
    lenient()
        .when(workflowManager.isActive(any()))
        .thenAnswer(c -> isActive(c.<JiraWorkflow>getArgument(0).getName()));
    lenient()
        .when(workflowManager.getWorkflowClone(anyString()))
        .thenAnswer(c -> clone(workflows.get(c.<String>getArgument(0)), c.getArgument(0)));
    lenient()
        .when(workflowManager.getDraftWorkflow(anyString()))
        .thenAnswer(c -> drafts.get(c.<String>getArgument(0)));
    lenient()
        .when(workflowManager.createDraftWorkflow(any(), anyString()))
        .thenAnswer(
            c -> {
              String name = c.getArgument(1);
              write("draft " + name);
              JiraWorkflow draft = clone(workflows.get(name), name);
              drafts.put(name, draft);
              return draft;
            });
    doAnswer(
            c -> {
              JiraWorkflow workflow = c.getArgument(1);
              write("update workflow " + workflow.getName());
              if (drafts.get(workflow.getName()) != workflow) {
                workflows.put(workflow.getName(), workflow);
              }
              return null;
            })
        .when(workflowManager)
        .updateWorkflow(any(), any());
    doAnswer(
            c -> {
              String name = c.getArgument(1);
              write("publish draft " + name);
              workflows.put(name, drafts.remove(name));
              return null;
            })
        .when(workflowManager)
        .overwriteActiveWorkflow(any(), anyString());
    lenient()
        .when(workflowSchemeManager.getSchemesForWorkflowIncludingDrafts(any()))
        .thenAnswer(c -> schemesUsing(c.<JiraWorkflow>getArgument(0).getName()));
  }

  private boolean isActive(String name) {
    for (Map.Entry<Long, Set<String>> project : typesOfProject.entrySet()) {
      AssignableWorkflowScheme scheme =
          workflowSchemeOfProject.getOrDefault(project.getKey(), defaultWorkflowScheme);
      for (String type : project.getValue()) {
        if (name.equals(scheme.getActualWorkflow(type))) {
          return true;
        }
      }
    }
    return false;
  }

  private List<com.atlassian.jira.workflow.WorkflowScheme> schemesUsing(String name) {
    List<com.atlassian.jira.workflow.WorkflowScheme> using = new ArrayList<>();
    for (AssignableWorkflowScheme scheme : workflowSchemes) {
      if (scheme.getMappings().containsValue(name) || "jira".equals(name)) {
        using.add(scheme);
      }
    }
    return using;
  }

  /** A workflow as Jira keeps it: a name and a descriptor. */
  JiraWorkflow workflow(String name, String xml) {
    try {
      JiraWorkflow workflow = mock(JiraWorkflow.class);
      WorkflowDescriptor descriptor = parse(xml);
      lenient().when(workflow.getName()).thenReturn(name);
      lenient().when(workflow.getDescriptor()).thenReturn(descriptor);
      return workflow;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** An existing workflow (say, the project's own incident workflow) Jira keeps under its name. */
  JiraWorkflow addWorkflow(String name) {
    JiraWorkflow workflow = workflow(name, simpleWorkflowXml());
    workflows.put(name, workflow);
    return workflow;
  }

  /**
   * An existing workflow with three ways to close: "Done" from Open, "Resolve" from In Progress,
   * and the global "Cancel" from any status; "Start" and "Reopen" lead elsewhere.
   */
  JiraWorkflow addWorkflowWithThreeWaysToClose(String name) {
    if (status("In Progress") == null) {
      addStatus("In Progress", StatusCategory.IN_PROGRESS);
    }
    String open = status("Open").getId();
    String progress = status("In Progress").getId();
    String done = status("Done").getId();
    JiraWorkflow workflow =
        workflow(
            name,
            "<workflow><initial-actions><action id=\"1\" name=\"Create\"><results>"
                + "<unconditional-result old-status=\"null\" status=\"open\" step=\"1\"/>"
                + "</results></action></initial-actions><global-actions>"
                + "<action id=\"41\" name=\"Cancel\"><results>"
                + "<unconditional-result old-status=\"Any\" status=\"Done\" step=\"3\"/>"
                + "</results></action></global-actions><steps>"
                + step(1, "Open", open, action(11, "Done", 3) + action(12, "Start", 2))
                + step(2, "In Progress", progress, action(21, "Resolve", 3))
                + step(3, "Done", done, action(31, "Reopen", 1))
                + "</steps></workflow>");
    workflows.put(name, workflow);
    return workflow;
  }

  private static String step(int id, String name, String statusId, String actions) {
    return "<step id=\""
        + id
        + "\" name=\""
        + name
        + "\"><meta name=\"jira.status.id\">"
        + statusId
        + "</meta><actions>"
        + actions
        + "</actions></step>";
  }

  private static String action(int id, String name, int toStep) {
    return "<action id=\""
        + id
        + "\" name=\""
        + name
        + "\"><results><unconditional-result old-status=\"Any\" status=\"Any\" step=\""
        + toStep
        + "\"/></results></action>";
  }

  private JiraWorkflow clone(JiraWorkflow original, String name) {
    java.io.StringWriter xml = new java.io.StringWriter();
    try (java.io.PrintWriter out = new java.io.PrintWriter(xml)) {
      original.getDescriptor().writeXML(out, 0);
    }
    return workflow(name, xml.toString());
  }

  /** Open -> "Done" (into the done status) and "Start" (into Open again), as a simple workflow. */
  private String simpleWorkflowXml() {
    return "<workflow><initial-actions><action id=\"1\" name=\"Create\"><results>"
        + "<unconditional-result old-status=\"null\" status=\"open\" step=\"1\"/></results>"
        + "</action></initial-actions><steps>"
        + "<step id=\"1\" name=\"Open\"><meta name=\"jira.status.id\">"
        + status("Open").getId()
        + "</meta><actions><action id=\"11\" name=\"Done\"><results>"
        + "<unconditional-result old-status=\"Not Done\" status=\"Done\" step=\"2\"/>"
        + "</results></action></actions></step>"
        + "<step id=\"2\" name=\"Done\"><meta name=\"jira.status.id\">"
        + status("Done").getId()
        + "</meta><actions><action id=\"21\" name=\"Reopen\"><results>"
        + "<unconditional-result old-status=\"Done\" status=\"Open\" step=\"1\"/>"
        + "</results></action></actions></step></steps></workflow>";
  }

  ProjectSetup setup() {
    return new ProjectSetup(
        workflowSetup(),
        new IssueTypeSchemeSetup(issueTypeSchemeManager),
        new ScreenSetup(screenManager, screenSchemeManager),
        new ScreenSchemeAssociation(itssManager, screenSchemeManager, constants),
        new WorkflowSchemeSetup(workflowSchemeManager, migrations),
        gates());
  }

  WorkflowSetup workflowSetup() {
    return new WorkflowSetup(
        new StatusSetup(statusManager, categoryManager),
        new ResolutionSetup(resolutionManager),
        workflowManager,
        statusManager);
  }

  WiringCheck wiring() {
    return new WiringCheck(
        new IssueTypeSchemeSetup(issueTypeSchemeManager),
        workflowSetup(),
        workflowSchemeManager,
        workflowManager,
        itssManager,
        gates());
  }

  WorkflowGates gates() {
    return new WorkflowGates(
        workflowManager,
        workflowSchemeManager,
        workflowSetup(),
        new WorkflowSharing(workflowManager, workflowSchemeManager));
  }

  /** The setup page's project part on this fake, with the app-wide part of {@code app}. */
  ProjectSetupPage page(FakeJiraAdmin app, List<Project> all) {
    ProjectManager projects = mock(ProjectManager.class);
    lenient().when(projects.getProjectObjects()).thenReturn(all);
    lenient()
        .when(projects.getProjectObjByKey(anyString()))
        .thenAnswer(
            call ->
                all.stream()
                    .filter(p -> p.getKey().equals(call.getArgument(0)))
                    .findFirst()
                    .orElse(null));
    return new ProjectSetupPage(setup(), wiring(), app.setup(), app.configuration(), projects);
  }

  /** The screen Jira would show for {@code operation} of this issue type in this project. */
  FieldScreen screenFor(Project project, String issueTypeId) {
    IssueTypeScreenScheme scheme = itssManager.getIssueTypeScreenScheme(project);
    IssueTypeScreenSchemeEntity entity = scheme.getEntity(issueTypeId);
    if (entity == null) {
      entity = scheme.getEntity(null);
    }
    return entity.getFieldScreenScheme().getFieldScreen(null);
  }

  String workflowFor(Project project, String issueTypeId) {
    return workflowSchemeManager.getWorkflowSchemeObj(project).getActualWorkflow(issueTypeId);
  }

  Status status(String name) {
    return statuses.stream().filter(s -> s.getName().equals(name)).findFirst().orElse(null);
  }

  Resolution resolution(String name) {
    return resolutions.stream().filter(r -> r.getName().equals(name)).findFirst().orElse(null);
  }

  Resolution addResolution(String name) {
    Resolution resolution = mock(Resolution.class);
    String id = String.valueOf(nextId++);
    lenient().when(resolution.getId()).thenReturn(id);
    lenient().when(resolution.getName()).thenReturn(name);
    resolutions.add(resolution);
    return resolution;
  }

  Status addStatus(String name, String categoryKey) {
    Status status = mock(Status.class);
    String id = String.valueOf(nextId++);
    lenient().when(status.getId()).thenReturn(id);
    lenient().when(status.getName()).thenReturn(name);
    lenient().when(status.getStatusCategory()).thenReturn(categories.get(categoryKey));
    statuses.add(status);
    return status;
  }

  /** An existing screen scheme whose one screen shows {@code fieldIds}. */
  FieldScreenScheme screenScheme(String name, FieldScreen screen) {
    FieldScreenScheme scheme = mock(FieldScreenScheme.class);
    Long id = nextId++;
    lenient().when(scheme.getId()).thenReturn(id);
    lenient().when(scheme.getName()).thenReturn(name);
    lenient().when(scheme.getFieldScreen(any())).thenReturn(screen);
    screenSchemes.add(scheme);
    return scheme;
  }

  FieldScreen screen(String name, String... fieldIds) {
    FieldScreen screen = mock(FieldScreen.class);
    Long id = nextId++;
    Set<String> fields = new LinkedHashSet<>(List.of(fieldIds));
    lenient().when(screen.getId()).thenReturn(id);
    lenient().when(screen.getName()).thenReturn(name);
    lenient()
        .when(screen.containsField(anyString()))
        .thenAnswer(c -> fields.contains(c.getArgument(0)));
    screens.add(screen);
    return screen;
  }

  /** An issue type screen scheme, used by no project until {@link #useScreens}. */
  IssueTypeScreenScheme itss(String name, boolean isDefault) {
    IssueTypeScreenScheme scheme = mock(IssueTypeScreenScheme.class);
    Long id = nextId++;
    Map<String, IssueTypeScreenSchemeEntity> entities = new LinkedHashMap<>();
    lenient().when(scheme.getId()).thenReturn(id);
    lenient().when(scheme.getName()).thenReturn(name);
    lenient().when(scheme.isDefault()).thenReturn(isDefault);
    lenient().when(scheme.getEntities()).thenAnswer(c -> List.copyOf(entities.values()));
    lenient().when(scheme.getEntity(any())).thenAnswer(c -> entities.get(c.<String>getArgument(0)));
    doAnswer(
            c -> {
              IssueTypeScreenSchemeEntity entity = c.getArgument(0);
              write("screen scheme entry " + name);
              entities.put(entity.getIssueTypeId(), entity);
              return null;
            })
        .when(scheme)
        .addEntity(any());
    itss.add(scheme);
    return scheme;
  }

  void useScreens(Project project, IssueTypeScreenScheme scheme) {
    itssOfProject.put(project.getId(), scheme);
  }

  IssueTypeScreenSchemeEntity entity(String issueTypeId, FieldScreenScheme scheme) {
    IssueTypeScreenSchemeEntity entity = mock(IssueTypeScreenSchemeEntity.class);
    lenient().when(entity.getIssueTypeId()).thenReturn(issueTypeId);
    lenient().when(entity.getFieldScreenScheme()).thenReturn(scheme);
    return entity;
  }

  AssignableWorkflowScheme workflowScheme(
      String name, boolean isDefault, Map<String, String> mappings) {
    AssignableWorkflowScheme scheme = workflowSchemeWithId(nextId++, name, isDefault, mappings);
    workflowSchemes.add(scheme);
    return scheme;
  }

  void useWorkflows(Project project, AssignableWorkflowScheme scheme) {
    workflowSchemeOfProject.put(project.getId(), scheme);
  }

  @Override
  public void close() throws Exception {
    for (AutoCloseable interceptor : interceptors) {
      interceptor.close();
    }
  }

  private AssignableWorkflowScheme workflowSchemeWithId(
      Long id, String name, boolean isDefault, Map<String, String> mappings) {
    AssignableWorkflowScheme scheme = mock(AssignableWorkflowScheme.class);
    Map<String, String> copy = new HashMap<>(mappings);
    lenient().when(scheme.getId()).thenReturn(id);
    lenient().when(scheme.getName()).thenReturn(name);
    lenient().when(scheme.isDefault()).thenReturn(isDefault);
    lenient().when(scheme.getMappings()).thenReturn(copy);
    lenient()
        .when(scheme.getConfiguredWorkflow(any()))
        .thenAnswer(c -> copy.get(c.<String>getArgument(0)));
    lenient()
        .when(scheme.getActualWorkflow(any()))
        .thenAnswer(c -> copy.getOrDefault(c.<String>getArgument(0), "jira"));
    lenient().when(scheme.builder()).thenAnswer(c -> builder(id, name, copy));
    return scheme;
  }

  private AssignableWorkflowScheme.Builder builder(
      Long id, String initialName, Map<String, String> initial) {
    AssignableWorkflowScheme.Builder builder =
        mock(AssignableWorkflowScheme.Builder.class, Mockito.RETURNS_SELF);
    Map<String, String> mappings = new HashMap<>(initial);
    String[] name = {initialName};
    lenient()
        .when(builder.setName(anyString()))
        .thenAnswer(
            c -> {
              name[0] = c.getArgument(0);
              return builder;
            });
    lenient()
        .when(builder.setMapping(anyString(), anyString()))
        .thenAnswer(
            c -> {
              mappings.put(c.getArgument(0), c.getArgument(1));
              return builder;
            });
    lenient()
        .when(builder.setMappings(any()))
        .thenAnswer(
            c -> {
              mappings.putAll(c.getArgument(0));
              return builder;
            });
    lenient()
        .when(builder.build())
        .thenAnswer(c -> workflowSchemeWithId(id == null ? -1L : id, name[0], false, mappings));
    return builder;
  }

  private FieldConfigScheme typeScheme(String name) {
    FieldConfigScheme scheme = mock(FieldConfigScheme.class);
    lenient().when(scheme.getName()).thenReturn(name);
    lenient().when(scheme.getAssociatedProjectObjects()).thenReturn(List.of());
    return scheme;
  }

  private static Project projectMock(Long id) {
    Project project = mock(Project.class);
    lenient().when(project.getId()).thenReturn(id);
    return project;
  }

  private void write(String what) {
    for (String failing : failOn) {
      if (what.startsWith(failing)) {
        throw new IllegalStateException("Jira refused " + what);
      }
    }
    writes.add(what);
  }

  private Map<String, Object> state(Object mock) {
    return state.computeIfAbsent(mock, m -> new HashMap<>());
  }

  /**
   * Intercepts Jira's classes the setup constructs, on the calling thread only (Mockito's static
   * and construction mocks are per thread): the constructor does it for the test's thread, a
   * browser test's HTTP handler for its own.
   */
  AutoCloseable interceptOnThisThread() {
    List<AutoCloseable> interceptors = new ArrayList<>();
    MockedStatic<WorkflowUtil> util = Mockito.mockStatic(WorkflowUtil.class);
    util.when(() -> WorkflowUtil.convertXMLtoWorkflowDescriptor(anyString()))
        .thenAnswer(call -> parse(call.getArgument(0)));
    interceptors.add(util);

    interceptors.add(
        Mockito.mockConstruction(
            ConfigurableJiraWorkflow.class,
            (workflow, context) -> {
              lenient().when(workflow.getName()).thenReturn((String) context.arguments().get(0));
              lenient()
                  .when(workflow.getDescriptor())
                  .thenReturn((WorkflowDescriptor) context.arguments().get(1));
            }));

    interceptors.add(
        Mockito.mockConstruction(
            FieldScreenImpl.class,
            (screen, context) -> {
              Set<String> fields = new LinkedHashSet<>();
              FieldScreenTab tab = mock(FieldScreenTab.class);
              doAnswer(
                      c -> {
                        fields.add(c.getArgument(0));
                        return null;
                      })
                  .when(tab)
                  .addFieldScreenLayoutItem(anyString());
              Long id = nextId++;
              lenient().when(screen.getId()).thenReturn(id);
              doAnswer(c -> state(screen).put("name", c.getArgument(0)))
                  .when(screen)
                  .setName(anyString());
              lenient().when(screen.getName()).thenAnswer(c -> state(screen).get("name"));
              lenient().when(screen.addTab(anyString())).thenReturn(tab);
              lenient()
                  .when(screen.containsField(anyString()))
                  .thenAnswer(c -> fields.contains(c.<String>getArgument(0)));
              doAnswer(
                      c -> {
                        write("screen " + screen.getName());
                        screens.add(screen);
                        return null;
                      })
                  .when(screen)
                  .store();
            }));

    interceptors.add(
        Mockito.mockConstruction(
            FieldScreenSchemeItemImpl.class,
            (item, context) ->
                doAnswer(c -> state(item).put("screen", c.getArgument(0)))
                    .when(item)
                    .setFieldScreen(any())));

    interceptors.add(
        Mockito.mockConstruction(
            FieldScreenSchemeImpl.class,
            (scheme, context) -> {
              Long id = nextId++;
              lenient().when(scheme.getId()).thenReturn(id);
              doAnswer(c -> state(scheme).put("name", c.getArgument(0)))
                  .when(scheme)
                  .setName(anyString());
              lenient().when(scheme.getName()).thenAnswer(c -> state(scheme).get("name"));
              doAnswer(
                      c -> {
                        state(scheme).put("screen", state(c.getArgument(0)).get("screen"));
                        return null;
                      })
                  .when(scheme)
                  .addFieldScreenSchemeItem(any());
              lenient()
                  .when(scheme.getFieldScreen(any()))
                  .thenAnswer(c -> state(scheme).get("screen"));
              doAnswer(
                      c -> {
                        write("screen scheme " + scheme.getName());
                        screenSchemes.add(scheme);
                        return null;
                      })
                  .when(scheme)
                  .store();
            }));

    interceptors.add(
        Mockito.mockConstruction(
            IssueTypeScreenSchemeEntityImpl.class,
            (entity, context) -> {
              doAnswer(c -> state(entity).put("type", c.getArgument(0)))
                  .when(entity)
                  .setIssueTypeId(any());
              lenient().when(entity.getIssueTypeId()).thenAnswer(c -> state(entity).get("type"));
              doAnswer(c -> state(entity).put("scheme", c.getArgument(0)))
                  .when(entity)
                  .setFieldScreenScheme(any());
              lenient()
                  .when(entity.getFieldScreenScheme())
                  .thenAnswer(c -> state(entity).get("scheme"));
            }));

    interceptors.add(
        Mockito.mockConstruction(
            IssueTypeScreenSchemeImpl.class,
            (scheme, context) -> {
              Map<String, IssueTypeScreenSchemeEntity> entities = new LinkedHashMap<>();
              Long id = nextId++;
              lenient().when(scheme.getId()).thenReturn(id);
              doAnswer(c -> state(scheme).put("name", c.getArgument(0)))
                  .when(scheme)
                  .setName(anyString());
              lenient().when(scheme.getName()).thenAnswer(c -> state(scheme).get("name"));
              lenient().when(scheme.getEntities()).thenAnswer(c -> List.copyOf(entities.values()));
              lenient()
                  .when(scheme.getEntity(any()))
                  .thenAnswer(c -> entities.get(c.<String>getArgument(0)));
              doAnswer(
                      c -> {
                        IssueTypeScreenSchemeEntity entity = c.getArgument(0);
                        write("screen scheme entry " + scheme.getName());
                        entities.put(entity.getIssueTypeId(), entity);
                        return null;
                      })
                  .when(scheme)
                  .addEntity(any());
              doAnswer(
                      c -> {
                        write("issue type screen scheme " + scheme.getName());
                        itss.add(scheme);
                        return null;
                      })
                  .when(scheme)
                  .store();
            }));
    return () -> {
      for (AutoCloseable interceptor : interceptors) {
        interceptor.close();
      }
    };
  }

  private static WorkflowDescriptor parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setValidating(false);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return new WorkflowDescriptor(
        factory
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
            .getDocumentElement());
  }
}
