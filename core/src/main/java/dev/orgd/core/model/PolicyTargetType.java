package dev.orgd.core.model;

/** What a policy is attached to: the model's TargetType. */
public enum PolicyTargetType {
  ACCOUNT,
  ORGANIZATIONAL_UNIT,
  ROOT
}
