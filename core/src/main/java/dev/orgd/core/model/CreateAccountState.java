package dev.orgd.core.model;

/** The state of a CreateAccount request. */
public enum CreateAccountState {
  IN_PROGRESS,
  SUCCEEDED,
  FAILED
}
