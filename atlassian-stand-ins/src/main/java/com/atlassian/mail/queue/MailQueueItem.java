package com.atlassian.mail.queue;

/** Stand-in of atlassian-mail's {@code MailQueueItem} (only its type is used here). */
public interface MailQueueItem {}
