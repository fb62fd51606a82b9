package com.atlassian.jira.bc.issue;

import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;

/**
 * Stand-in for the Jira 11.3 type of the same name (compile-only, never packaged): only the create
 * path the plugin uses. Jira's result classes extend {@code ServiceResultImpl}; here they carry
 * just the members called, and their bodies throw (tests mock them).
 *
 * <p>Source: Jira source of IssueService in the code index (id 17116948191) for the method names;
 * the ApplicationUser signatures from cures-hub/cures-condec-jira MockIssueService (implements the
 * real interface). See atlassian-stand-ins/SOURCES.md.
 */
public interface IssueService {

  IssueInputParameters newIssueInputParameters();

  CreateValidationResult validateCreate(
      ApplicationUser user, IssueInputParameters issueInputParameters);

  IssueResult create(ApplicationUser user, CreateValidationResult createValidationResult);

  /** Checks that {@code user} may take the workflow action {@code actionId} on the issue now. */
  TransitionValidationResult validateTransition(
      ApplicationUser user, Long issueId, int actionId, IssueInputParameters issueInputParameters);

  IssueResult transition(
      ApplicationUser user, TransitionValidationResult transitionValidationResult);

  /** Jira: {@code IssueService.TransitionValidationResult extends IssueValidationResult}. */
  class TransitionValidationResult {
    public boolean isValid() {
      throw new UnsupportedOperationException("stand-in");
    }

    public ErrorCollection getErrorCollection() {
      throw new UnsupportedOperationException("stand-in");
    }
  }

  /** Jira: {@code IssueService.CreateValidationResult extends IssueValidationResult}. */
  class CreateValidationResult {
    public boolean isValid() {
      throw new UnsupportedOperationException("stand-in");
    }

    public ErrorCollection getErrorCollection() {
      throw new UnsupportedOperationException("stand-in");
    }
  }

  /** Jira: {@code IssueService.IssueResult extends ServiceResultImpl}. */
  class IssueResult {
    public boolean isValid() {
      throw new UnsupportedOperationException("stand-in");
    }

    public ErrorCollection getErrorCollection() {
      throw new UnsupportedOperationException("stand-in");
    }

    public MutableIssue getIssue() {
      throw new UnsupportedOperationException("stand-in");
    }
  }
}
