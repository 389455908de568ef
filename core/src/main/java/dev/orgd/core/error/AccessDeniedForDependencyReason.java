package dev.orgd.core.error;

/** The wire values of the model's {@code AccessDeniedForDependencyExceptionReason} enum. */
public enum AccessDeniedForDependencyReason implements Reason {
  ACCESS_DENIED_DURING_CREATE_SERVICE_LINKED_ROLE
}
