package dev.orgd.core.model;

/** How an account became a member of its organization. */
public enum JoinedMethod {
  INVITED,
  CREATED
}
