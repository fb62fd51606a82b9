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
import io.postmortem.jira.application.search.CappedIds;
import java.util.List;
import javax.annotation.Nonnull;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every postmortem JQL function shares: a fixed number of arguments, errors and warnings in
 * the searcher's own language, and issue ids as the answer, computed once per request. An answer
 * cut at its cap is never silent: the searcher gets a warning and the log a line.
 */
abstract class PostmortemJqlFunction extends AbstractJqlFunction {
  private static final Logger LOG = LoggerFactory.getLogger(PostmortemJqlFunction.class);

  private final I18nHelper.BeanFactory i18nFactory;
  private final RequestMemo memo;
  private final String name;
  private final int arguments;

  PostmortemJqlFunction(
      I18nHelper.BeanFactory i18nFactory, RequestMemo memo, String name, int arguments) {
    this.i18nFactory = i18nFactory;
    this.memo = memo;
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
      messages.addErrorMessage(i18n.getText("postmortem.jql.arguments", List.of(name, arguments)));
      return messages;
    }
    validateArguments(searcher, operand.getArgs(), i18n, messages);
    if (!messages.hasAnyErrors()) {
      CappedIds answer = answer(searcher, operand.getArgs());
      if (answer.capped()) {
        messages.addWarningMessage(
            i18n.getText("postmortem.jql.capped", name, String.valueOf(answer.cap())));
      }
    }
    return messages;
  }

  @Nonnull
  @Override
  public List<QueryLiteral> getValues(
      @Nonnull QueryCreationContext context,
      @Nonnull FunctionOperand operand,
      @Nonnull TerminalClause clause) {
    if (operand.getArgs().size() != arguments || !argumentsUsable(operand.getArgs())) {
      return List.of();
    }
    return answer(context.getApplicationUser(), operand.getArgs()).ids().stream()
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

  /** False when the arguments would be refused by {@link #validateArguments}; no query runs. */
  boolean argumentsUsable(List<String> args) {
    return true;
  }

  /** The matching issues' ids, at most the function's cap. */
  abstract CappedIds issueIds(ApplicationUser searcher, List<String> args);

  private CappedIds answer(ApplicationUser searcher, List<String> args) {
    String key = name + args + "@" + (searcher == null ? "" : searcher.getKey());
    return memo.get(
        key,
        CappedIds.class,
        () -> {
          CappedIds answer = issueIds(searcher, args);
          if (answer.capped()) {
            LOG.warn(
                "JQL function {} stopped at its cap of {} issues; the search misses the rest",
                name,
                answer.cap());
          }
          return answer;
        });
  }
}
