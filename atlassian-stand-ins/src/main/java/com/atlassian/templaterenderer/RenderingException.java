package com.atlassian.templaterenderer;

/**
 * Stand-in for the Jira 11.3 type of the same name (compile-only, never packaged).
 *
 * <p>Source: unchecked exception thrown by TemplateRenderer (cures-hub/cures-condec-jira
 * MockTemplateRenderer declares it without a catch). Constructors keep their ordinary behaviour so
 * tests can throw it. See atlassian-stand-ins/SOURCES.md.
 */
public class RenderingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RenderingException(String message) {
    super(message);
  }

  public RenderingException(Throwable cause) {
    super(cause);
  }

  public RenderingException(String message, Throwable cause) {
    super(message, cause);
  }
}
