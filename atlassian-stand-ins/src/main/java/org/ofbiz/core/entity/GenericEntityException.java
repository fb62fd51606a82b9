package org.ofbiz.core.entity;

/**
 * Stand-in for OfBiz's checked {@code GenericEntityException}, thrown by {@code
 * CustomFieldManager.createCustomField}. The real class extends {@code GeneralException}; only its
 * checked-ness matters to callers. A value class: tests may throw it.
 */
public class GenericEntityException extends Exception {
  public GenericEntityException(String message) {
    super(message);
  }
}
