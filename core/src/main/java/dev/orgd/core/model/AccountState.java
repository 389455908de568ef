package dev.orgd.core.model;

/**
 * The model's {@code AccountState}: an account's lifecycle, closures told apart from suspensions.
 */
public enum AccountState {
  PENDING_ACTIVATION,
  ACTIVE,
  SUSPENDED,
  PENDING_CLOSURE,
  CLOSED
}
