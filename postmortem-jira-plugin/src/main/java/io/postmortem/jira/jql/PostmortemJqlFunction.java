package io.postmortem.jira.jql;

import com.atlassian.jira.JiraDataType;
import com.atlassian.jira.JiraDataTypes;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.plugin.jql.function.AbstractJqlFunction;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.util.MessageSetImpl;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import io.postmortem.jira.application.search.CappedIssueSearch;
import java.util.List;
import javax.annotation.Nonnull;

/**
 * What every postmortem JQL function shares: a fixed number of arguments, errors in the searcher's
 * own language, and issue ids as the answer. Subclasses say which issues.
 */
abstract class PostmortemJqlFunction extends AbstractJqlFunction {
  private final I18nHelper.BeanFactory i18nFactory;
  private final String name;
  private final int arguments;

  PostmortemJqlFunction(I18nHelper.BeanFactory i18nFactory, String name, int arguments) {
    this.i18nFactory = i18nFactory;
    this.name = name;
    this.arguments = arguments;
  }

  @Nonnull
  @Override
  public MessageSet validate(
      ApplicationUser searcher, @Nonnull FunctionOperand operand, @Nonnull TerminalClause clause) {
    MessageSet messages = new MessageSetImpl();
    I18nHelper i18n = i18nFactory.getInstance(searcher);
    if (operand.getArgs().size() != arguments) {
      messages.addErrorMessage(
          i18n.getText("postmortem.jql.arguments", name, String.valueOf(arguments)));
    } else {
      validateArguments(searcher, operand.getArgs(), i18n, messages);
    }
    return messages;
  }

  @Nonnull
  @Override
  public List<QueryLiteral> getValues(
      @Nonnull QueryCreationContext context,
      @Nonnull FunctionOperand operand,
      @Nonnull TerminalClause clause) {
    if (operand.getArgs().size() != arguments) {
      return List.of();
    }
    return issueIds(context.getApplicationUser(), operand.getArgs()).stream()
        .map(id -> new QueryLiteral(operand, id))
        .toList();
  }

  @Override
  public int getMinimumNumberOfExpectedArguments() {
    return arguments;
  }

  @Nonnull
  @Override
  public JiraDataType getDataType() {
    return JiraDataTypes.ISSUE;
  }

  /** Adds an error for each argument that makes no sense; the count is already right. */
  void validateArguments(
      ApplicationUser searcher, List<String> args, I18nHelper i18n, MessageSet messages) {}

  /** The matching issues' ids, at most {@link CappedIssueSearch#MAX_RESULTS}. */
  abstract List<Long> issueIds(ApplicationUser searcher, List<String> args);
}
