package com.atlassian.plugin;

/** Stand-in of atlassian-plugins' unchecked {@code PluginParseException}. */
public class PluginParseException extends RuntimeException {
  public PluginParseException(String message) {
    super(message);
  }
}
