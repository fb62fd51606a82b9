package com.atlassian.mail.queue;

/** Stand-in of atlassian-mail's {@code MailQueue} ({@code addItem(MailQueueItem)}). */
public interface MailQueue {
  void addItem(MailQueueItem item);
}
