package com.atlassian.jira.plugin.jql.function;

import com.atlassian.jira.JiraDataType;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import java.util.List;
import javax.annotation.Nonnull;

/** Stand-in of Jira 11.3's {@code JqlFunction} (the methods scrum-poker 11.3 overrides). */
public interface JqlFunction {
  void init(@Nonnull JqlFunctionModuleDescriptor moduleDescriptor);

  @Nonnull
  MessageSet validate(
      ApplicationUser searcher, @Nonnull FunctionOperand operand, @Nonnull TerminalClause clause);

  @Nonnull
  List<QueryLiteral> getValues(
      @Nonnull QueryCreationContext queryCreationContext,
      @Nonnull FunctionOperand operand,
      @Nonnull TerminalClause terminalClause);

  int getMinimumNumberOfExpectedArguments();

  @Nonnull
  String getFunctionName();

  boolean isList();

  @Nonnull
  JiraDataType getDataType();
}
