package com.atlassian.query.operand;

import java.util.List;

/**
 * Stand-in of atlassian-query's {@code FunctionOperand} (scrum-poker 11.3 test builds {@code new
 * FunctionOperand(name, args...)}). Keeps its name and arguments, as the real value class does.
 */
public class FunctionOperand {
  private final String name;
  private final List<String> args;

  public FunctionOperand(String name, String... args) {
    this.name = name;
    this.args = List.of(args);
  }

  public String getName() {
    return name;
  }

  public List<String> getArgs() {
    return args;
  }
}
