package dev.orgd.core.model;

/** The action of a handshake (the model's ActionType). */
public enum ActionType {
  INVITE,
  ENABLE_ALL_FEATURES,
  APPROVE_ALL_FEATURES,
  ADD_ORGANIZATIONS_SERVICE_LINKED_ROLE,
  TRANSFER_RESPONSIBILITY
}
