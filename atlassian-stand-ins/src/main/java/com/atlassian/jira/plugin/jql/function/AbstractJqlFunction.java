package com.atlassian.jira.plugin.jql.function;

import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.operand.FunctionOperand;
import javax.annotation.Nonnull;

/**
 * Stand-in of Jira 11.3's {@code AbstractJqlFunction}, checked against codescape/jira-scrum-poker's
 * {@code ActiveScrumPokerSessionsJqlFunction} (11.3).
 */
public abstract class AbstractJqlFunction implements JqlFunction {
  @Override
  public void init(@Nonnull JqlFunctionModuleDescriptor moduleDescriptor) {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  @Nonnull
  public String getFunctionName() {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public boolean isList() {
    throw new UnsupportedOperationException("stand-in");
  }

  protected MessageSet validateNumberOfArgs(FunctionOperand operand, int expected) {
    throw new UnsupportedOperationException("stand-in");
  }
}
