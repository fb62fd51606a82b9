package com.atlassian.query.clause;

/** Stand-in of atlassian-query's {@code TerminalClause} (scrum-poker 11.3, mocked there). */
public interface TerminalClause {}
