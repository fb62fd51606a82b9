package com.atlassian.query.operand;

import java.util.List;

/**
 * Stand-in of atlassian-query's {@code FunctionOperand} (scrum-poker 11.3 test builds {@code new
 * FunctionOperand(name, args...)}). Keeps its name and arguments, as the real value class does, and
 * implements {@link Operand} as in Jira's source.
 */
public class FunctionOperand implements Operand {
  private final String name;
  private final List<String> args;

  public FunctionOperand(String name, String... args) {
    this.name = name;
    this.args = List.of(args);
  }

  @Override
  public String getName() {
    return name;
  }

  public List<String> getArgs() {
    return args;
  }
}
