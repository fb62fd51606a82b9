package io.postmortem.jira.setup;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.request.RequestMethod;
import com.atlassian.jira.security.request.SupportedMethods;
import com.atlassian.jira.security.xsrf.RequiresXsrfCheck;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.jira.web.action.JiraWebActionSupport;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortem.jira.application.issue.PostmortemConfiguration;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * The admin's "Check and repair setup" page at {@code /secure/admin/PostmortemSetup!default.jspa}:
 * shows what exists, what is missing and what is mapped; repairs on request; saves a mapping to
 * existing issue types, link types, fields and priority levels. Admin only (roles-required in the
 * descriptor); changes are POST with Jira's XSRF check.
 */
public class PostmortemSetupAction extends JiraWebActionSupport {

  static final String REPAIR = "repair";
  static final String SAVE = "save";

  private final PostmortemSetup setup;
  private final PostmortemConfiguration configuration;
  private final MappingForm mappingForm;
  private final JiraAuthenticationContext authenticationContext;

  private List<SetupCheck> checks = List.of();
  private List<String> errors = List.of();
  private String done = "";

  @Inject
  public PostmortemSetupAction(
      PostmortemSetup setup,
      PostmortemConfiguration configuration,
      MappingForm mappingForm,
      @ComponentImport JiraAuthenticationContext authenticationContext) {
    this.setup = setup;
    this.configuration = configuration;
    this.mappingForm = mappingForm;
    this.authenticationContext = authenticationContext;
  }

  @Override
  @SupportedMethods({RequestMethod.GET})
  public String doDefault() {
    checks = setup.check(i18n());
    return SUCCESS;
  }

  @Override
  @RequiresXsrfCheck
  @SupportedMethods({RequestMethod.POST})
  protected String doExecute() {
    return handle(getHttpRequest().getParameterMap());
  }

  /** The POST: repair, or save the mapping; either way the page then shows a fresh check. */
  String handle(Map<String, String[]> params) {
    String[] op = params.get("op");
    String operation = op == null || op.length == 0 ? "" : op[0];
    if (REPAIR.equals(operation)) {
      checks = setup.repair(i18n());
      done = i18n().getText("postmortem.setup.done.repair");
      return SUCCESS;
    }
    if (SAVE.equals(operation)) {
      MappingForm.Result result = mappingForm.read(params, configuration.current(), i18n());
      errors = result.errors();
      if (errors.isEmpty()) {
        configuration.save(result.mapping());
        done = i18n().getText("postmortem.setup.done.save");
      }
    }
    checks = setup.check(i18n());
    return SUCCESS;
  }

  public List<SetupCheck> getChecks() {
    return checks;
  }

  public List<MappingRow> getMappingRows() {
    return mappingForm.rows(configuration.current(), i18n());
  }

  /** The severity value mapping as "value = SEV_n" lines. */
  public String getSeverityLines() {
    return MappingForm.severityLines(configuration.current());
  }

  public List<String> getErrors() {
    return errors;
  }

  /** A confirmation of what was just done, empty on a plain visit. */
  public String getDone() {
    return done;
  }

  public boolean getNeedsRepair() {
    return checks.stream().anyMatch(SetupCheck::needsAttention);
  }

  private I18nHelper i18n() {
    return authenticationContext.getI18nHelper();
  }
}
