package com.atlassian.query.operand;

/**
 * Stand-in of atlassian-query's {@code Operand}, the interface every operand of a JQL clause
 * implements ({@code public class FunctionOperand implements Operand} in Jira's source; {@code
 * QueryLiteral}'s constructors take an Operand). Only {@code getName()}, which FunctionOperand
 * implements. See atlassian-stand-ins/SOURCES.md.
 */
public interface Operand {
  String getName();
}
