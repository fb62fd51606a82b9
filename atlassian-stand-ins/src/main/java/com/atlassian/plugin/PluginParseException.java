package com.atlassian.plugin;

/**
 * Stand-in for the Jira 11.3 type of the same name (compile-only, never packaged).
 *
 * <p>Source: atlassian-plugins (and its fork org.maera.plugin): PluginParseException extends
 * PluginException with the four usual constructors. See atlassian-stand-ins/SOURCES.md.
 */
public class PluginParseException extends PluginException {
  private static final long serialVersionUID = 1L;

  public PluginParseException() {}

  public PluginParseException(String message) {
    super(message);
  }

  public PluginParseException(Throwable cause) {
    super(cause);
  }

  public PluginParseException(String message, Throwable cause) {
    super(message, cause);
  }
}
