package com.atlassian.jira.jql.operand;

import com.atlassian.query.operand.Operand;

/**
 * Stand-in of Jira 11.3's {@code QueryLiteral}: the constructor takes an {@link Operand} (Jira's
 * source: {@code QueryLiteral(final Operand sourceOperand, final Long longValue)}), so a
 * FunctionOperand argument links to {@code (Operand, Long)} as in Jira. {@code getLongValue()} as
 * in scrum-poker 11.3. A value class that keeps its value.
 */
public class QueryLiteral {
  private final Long longValue;

  public QueryLiteral(Operand sourceOperand, Long longValue) {
    this.longValue = longValue;
  }

  public Long getLongValue() {
    return longValue;
  }
}
