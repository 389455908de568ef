package dev.orgd.core.model;

/** The kind of a handshake party. */
public enum PartyType {
  ACCOUNT,
  ORGANIZATION,
  EMAIL
}
