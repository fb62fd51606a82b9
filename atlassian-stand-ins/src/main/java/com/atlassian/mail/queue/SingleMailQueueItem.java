package com.atlassian.mail.queue;

import com.atlassian.mail.Email;

/**
 * Stand-in of atlassian-mail's {@code SingleMailQueueItem} ({@code SingleMailQueueItem(Email)},
 * {@code getEmail()} in the decompiled class). Keeps its email so tests can read it.
 */
public class SingleMailQueueItem implements MailQueueItem {
  private final Email email;

  public SingleMailQueueItem(Email email) {
    this.email = email;
  }

  public Email getEmail() {
    return email;
  }
}
