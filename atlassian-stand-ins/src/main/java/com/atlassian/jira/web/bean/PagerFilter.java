package com.atlassian.jira.web.bean;

/**
 * Stand-in of Jira 11.3's {@code PagerFilter} (Jira Javadoc and the Jira source in the public code
 * index: {@code newPageAlignedFilter(int index, int max)} aligns the start to the page holding
 * {@code index}; {@code getStart()}, {@code getMax()}). Unlike other stand-in classes it keeps its
 * two values, because tests assert the page a search asked for.
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

  /**
   * As in Jira's source: the start moves back to the beginning of the page holding {@code index}.
   */
  public static PagerFilter newPageAlignedFilter(int index, int max) {
    if (index < 0) {
      throw new IllegalArgumentException(String.format("index %d is less than 0.", index));
    }
    return new PagerFilter(max == 0 ? index : index - index % max, max);
  }

  public int getStart() {
    return start;
  }

  public int getMax() {
    return max;
  }
}
