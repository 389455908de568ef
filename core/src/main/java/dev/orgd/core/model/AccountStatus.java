package dev.orgd.core.model;

/** An account's status in its organization. */
public enum AccountStatus {
  ACTIVE,
  SUSPENDED,
  PENDING_CLOSURE
}
