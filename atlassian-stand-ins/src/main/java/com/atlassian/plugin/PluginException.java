package com.atlassian.plugin;

/**
 * Stand-in for the Jira 11.3 type of the same name (compile-only, never packaged).
 *
 * <p>Source: atlassian-plugins: the unchecked base of the framework's exceptions
 * (PluginParseException extends it). Constructors keep their ordinary behaviour so tests can throw
 * it. See atlassian-stand-ins/SOURCES.md.
 */
public class PluginException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PluginException() {}

  public PluginException(String message) {
    super(message);
  }

  public PluginException(Throwable cause) {
    super(cause);
  }

  public PluginException(String message, Throwable cause) {
    super(message, cause);
  }
}
