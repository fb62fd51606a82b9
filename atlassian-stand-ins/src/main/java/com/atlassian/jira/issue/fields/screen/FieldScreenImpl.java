package com.atlassian.jira.issue.fields.screen;

/**
 * Stand-in for {@code com.atlassian.jira.issue.fields.screen.FieldScreenImpl} (jira-core): a new
 * screen, saved by {@link #store()}. Source: Jira source of the class, constructor {@code
 * (FieldScreenManager)}; supertype {@code AbstractGVBean} left out. See SOURCES.md (setup).
 */
public class FieldScreenImpl implements FieldScreen {
  public FieldScreenImpl(FieldScreenManager fieldScreenManager) {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public Long getId() {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public String getName() {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public void setName(String name) {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public void setDescription(String description) {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public FieldScreenTab addTab(String tabName) {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public void store() {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public boolean containsField(String fieldId) {
    throw new UnsupportedOperationException("stand-in");
  }
}
