package com.atlassian.jira.jql.operand;

import com.atlassian.query.operand.FunctionOperand;

/**
 * Stand-in of Jira 11.3's {@code QueryLiteral} ({@code new QueryLiteral(FunctionOperand, Long)} and
 * {@code getLongValue()} in scrum-poker 11.3). A value class that keeps its value.
 */
public class QueryLiteral {
  private final Long longValue;

  public QueryLiteral(FunctionOperand sourceOperand, Long longValue) {
    this.longValue = longValue;
  }

  public Long getLongValue() {
    return longValue;
  }
}
