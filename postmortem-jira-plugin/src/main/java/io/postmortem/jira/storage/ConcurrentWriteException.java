package io.postmortem.jira.storage;

/**
 * Another writer changed the same record at the same moment, every time this one tried: nothing of
 * this write was stored, and asking again will work. The REST API answers it with 409.
 */
public final class ConcurrentWriteException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConcurrentWriteException(Throwable cause) {
    super("another write of the same record won; nothing was stored", cause);
  }
}
