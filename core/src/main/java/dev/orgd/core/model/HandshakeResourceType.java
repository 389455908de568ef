package dev.orgd.core.model;

/** The type of a handshake resource (the model's HandshakeResourceType). */
public enum HandshakeResourceType {
  ACCOUNT,
  ORGANIZATION,
  ORGANIZATION_FEATURE_SET,
  EMAIL,
  MASTER_EMAIL,
  MASTER_NAME,
  NOTES,
  PARENT_HANDSHAKE,
  RESPONSIBILITY_TRANSFER,
  TRANSFER_START_TIMESTAMP,
  TRANSFER_TYPE,
  MANAGEMENT_ACCOUNT,
  MANAGEMENT_EMAIL,
  MANAGEMENT_NAME
}
