package io.postmortem.jira.application.issue;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates a Postmortem issue for an incident and links the two: the one path behind the "Create
 * postmortem" dialog and the automatic rule, so both give the same issue. Creation goes through
 * Jira's {@link IssueService}, which checks the creator's permission and the project's field rules
 * and fires Jira's "issue created" event (and with it the project's notification scheme). Callers
 * check who may ask; this class only creates.
 */
@Named
public class PostmortemCreation {

  static final String KEY_NOT_SET_UP = "postmortem.create.error.not-set-up";
  static final String KEY_JIRA_REFUSED = "postmortem.create.error.jira";

  private static final Logger LOG = LoggerFactory.getLogger(PostmortemCreation.class);

  private final IssueService issueService;
  private final IssueLinkManager links;
  private final PostmortemConfiguration configuration;

  @Inject
  public PostmortemCreation(
      @ComponentImport IssueService issueService,
      @ComponentImport IssueLinkManager links,
      PostmortemConfiguration configuration) {
    this.issueService = issueService;
    this.links = links;
    this.configuration = configuration;
  }

  /**
   * What to create: in {@code project}, for {@code incident}, by {@code creator}.
   *
   * @param summary the new issue's summary, already validated by the caller
   * @param description its description, possibly empty
   * @param assignee user name of the assignee, empty to leave it to the project's default
   * @param facilitator user name for the Facilitator field, empty for none
   */
  public record Request(
      Issue incident,
      Project project,
      ApplicationUser creator,
      String summary,
      String description,
      String assignee,
      String facilitator) {}

  /** Why nothing was created: a message key and its arguments, the field at fault if any. */
  public static final class Refused extends RuntimeException {
    private final String field;
    private final String messageKey;
    private final transient Object[] args;

    Refused(String field, String messageKey, Object... args) {
      super(messageKey, null, false, false);
      this.field = field;
      this.messageKey = messageKey;
      this.args = args.clone();
    }

    public String field() {
      return field;
    }

    public String messageKey() {
      return messageKey;
    }

    public Object[] args() {
      return args.clone();
    }
  }

  /**
   * Creates the postmortem and links it to the incident.
   *
   * @throws Refused when the app is not set up or Jira refuses the issue (nothing was created)
   */
  public MutableIssue create(Request request) {
    JiraMapping mapping = configuration.current();
    if (mapping.postmortemIssueTypeId() == null || mapping.postmortemLinkTypeId() == null) {
      throw new Refused(null, KEY_NOT_SET_UP);
    }
    IssueInputParameters input = input(request, mapping);
    IssueService.CreateValidationResult validation =
        issueService.validateCreate(request.creator(), input);
    if (!validation.isValid()) {
      throw refused(validation.getErrorCollection());
    }
    IssueService.IssueResult result = issueService.create(request.creator(), validation);
    if (!result.isValid() || result.getIssue() == null) {
      throw refused(result.getErrorCollection());
    }
    MutableIssue postmortem = result.getIssue();
    link(postmortem, request, mapping.postmortemLinkTypeId());
    return postmortem;
  }

  private IssueInputParameters input(Request request, JiraMapping mapping) {
    IssueInputParameters input =
        issueService
            .newIssueInputParameters()
            .setProjectId(request.project().getId())
            .setIssueTypeId(mapping.postmortemIssueTypeId())
            .setSummary(request.summary())
            .setReporterId(request.creator().getUsername());
    if (request.description() != null && !request.description().isBlank()) {
      input.setDescription(request.description());
    }
    if (request.assignee() != null && !request.assignee().isBlank()) {
      input.setAssigneeId(request.assignee());
    }
    Map<FieldRole, CustomField> fields = configuration.fields(mapping);
    CustomField facilitator = fields.get(FieldRole.FACILITATOR);
    if (facilitator != null && request.facilitator() != null && !request.facilitator().isBlank()) {
      input.addCustomFieldValue(facilitator.getIdAsLong(), request.facilitator());
    }
    CustomField severity = fields.get(FieldRole.SEVERITY);
    if (severity != null
        && request.incident().getCustomFieldValue(severity) instanceof Option option
        && option.getOptionId() != null) {
      input.addCustomFieldValue(severity.getIdAsLong(), option.getOptionId().toString());
    }
    // The Postmortem screens may not show Facilitator or Severity; the values are still wanted.
    input.setSkipScreenCheck(true);
    return input;
  }

  /**
   * Jira documents that a {@link CreateException} here comes from recording the change, after the
   * link itself was most likely stored; the postmortem exists either way, so this is only logged.
   */
  private void link(MutableIssue postmortem, Request request, Long linkTypeId) {
    try {
      links.createIssueLink(
          postmortem.getId(), request.incident().getId(), linkTypeId, null, request.creator());
    } catch (CreateException e) {
      LOG.warn(
          "Postmortem {} created, but linking it to {} reported: {}",
          postmortem.getKey(),
          request.incident().getKey(),
          e.getMessage());
    }
  }

  /** Jira's own, already localized, first complaint; field errors before general ones. */
  private static Refused refused(ErrorCollection errors) {
    if (errors != null && errors.getErrors() != null && !errors.getErrors().isEmpty()) {
      Map.Entry<String, String> first = errors.getErrors().entrySet().iterator().next();
      return new Refused(first.getKey(), KEY_JIRA_REFUSED, first.getValue());
    }
    String message =
        errors == null || errors.getErrorMessages() == null || errors.getErrorMessages().isEmpty()
            ? ""
            : errors.getErrorMessages().iterator().next();
    return new Refused(null, KEY_JIRA_REFUSED, message);
  }
}
