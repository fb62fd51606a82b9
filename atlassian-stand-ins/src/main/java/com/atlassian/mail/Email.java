package com.atlassian.mail;

/**
 * Stand-in of atlassian-mail's {@code Email} ({@code new Email(to)}, {@code setSubject}, {@code
 * setBody}, {@code setMimeType}, {@code setEncoding} in plugin code using Jira's mail queue). A
 * value class that keeps what is set, because tests read the queued mail.
 */
public class Email {
  private final String to;
  private String subject;
  private String body;
  private String mimeType = "text/plain";
  private String encoding;

  public Email(String to) {
    this.to = to;
  }

  public String getTo() {
    return to;
  }

  public String getSubject() {
    return subject;
  }

  public Email setSubject(String subject) {
    this.subject = subject;
    return this;
  }

  public String getBody() {
    return body;
  }

  public Email setBody(String body) {
    this.body = body;
    return this;
  }

  public String getMimeType() {
    return mimeType;
  }

  public Email setMimeType(String mimeType) {
    this.mimeType = mimeType;
    return this;
  }

  public String getEncoding() {
    return encoding;
  }

  public Email setEncoding(String encoding) {
    this.encoding = encoding;
    return this;
  }
}
