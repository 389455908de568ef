package dev.orgd.core.model;

/** The status of a responsibility transfer (the model's ResponsibilityTransferStatus). */
public enum ResponsibilityTransferStatus {
  REQUESTED,
  DECLINED,
  CANCELED,
  EXPIRED,
  ACCEPTED,
  WITHDRAWN;

  /** Whether the invitation ended without a transfer (declined, canceled or expired). */
  public boolean endedUnaccepted() {
    return this == DECLINED || this == CANCELED || this == EXPIRED;
  }
}
