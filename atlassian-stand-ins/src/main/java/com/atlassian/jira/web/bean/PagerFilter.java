package com.atlassian.jira.web.bean;

/**
 * Stand-in of Jira 11.3's {@code PagerFilter} (Jira Javadoc: {@code newPageAlignedFilter(int,
 * int)}, {@code getStart()}, {@code getMax()}). Unlike other stand-in classes it keeps its two
 * values, because tests assert the page a search asked for.
 */
public class PagerFilter<T> {
  private final int start;
  private final int max;

  public PagerFilter(int max) {
    this(0, max);
  }

  private PagerFilter(int start, int max) {
    this.start = start;
    this.max = max;
  }

  public static PagerFilter newPageAlignedFilter(int index, int max) {
    return new PagerFilter(index, max);
  }

  public int getStart() {
    return start;
  }

  public int getMax() {
    return max;
  }
}
