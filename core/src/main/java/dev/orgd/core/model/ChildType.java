package dev.orgd.core.model;

/** What a child of a root or OU is: the model's ChildType. */
public enum ChildType {
  ACCOUNT,
  ORGANIZATIONAL_UNIT
}
