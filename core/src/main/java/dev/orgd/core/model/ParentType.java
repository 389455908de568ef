package dev.orgd.core.model;

/** What a parent is: the model's ParentType. */
public enum ParentType {
  ROOT,
  ORGANIZATIONAL_UNIT
}
